package org.napacademy.interfaces.ui.common;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * Links to the export endpoints of the REST API, in the UI's language: the documents are made in one
 * place (the export resources) and the views only point at them.
 */
public class DownloadLinks extends HorizontalLayout {

    /** {@code exportsPath} is e.g. "api/v1/roadmaps/12/exports"; formats as the endpoint names them. */
    public DownloadLinks(String exportsPath, List<String> formats) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        var label = new Span(getTranslation("download"));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.setColor("var(--lumo-secondary-text-color)");
        add(icon, label);
        var language = getLocale().getLanguage();
        for (var format : formats) {
            var link = new Anchor(exportsPath + "/" + format + "?lang=" + language, getTranslation("download." + format));
            link.getElement().setAttribute("download", true);
            link.getElement().setAttribute("router-ignore", true);
            add(link);
        }
    }
}
