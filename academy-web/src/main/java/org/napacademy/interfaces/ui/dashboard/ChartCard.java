package org.napacademy.interfaces.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** A titled chart (an SVG drawn on the server) or, when there is nothing to draw, a line saying what is missing. */
public class ChartCard extends Div {

    public ChartCard(String title, String svg, int maxWidth) {
        this(title, chart(svg, maxWidth));
    }

    public ChartCard(String title, Component content) {
        addClassName("chart-card");
        var heading = new H3(title);
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0 0 var(--lumo-space-s) 0");
        add(heading, content);
        getStyle().set("background", "var(--lumo-base-color)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box").set("min-width", "0");
    }

    /** A card telling that there is nothing to chart yet, and why. */
    public static ChartCard empty(String title, String explanation) {
        var text = new Paragraph(explanation);
        text.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        return new ChartCard(title, text);
    }

    private static Svg chart(String svg, int maxWidth) {
        var chart = new Svg(svg);
        // the SVG has a viewBox and no size: it takes the card's width, up to the size it was drawn for
        chart.getElement().getStyle().set("display", "block").set("width", "100%").set("max-width", maxWidth + "px");
        return chart;
    }
}
