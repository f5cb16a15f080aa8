package org.napacademy.interfaces.ui.library;

import com.vaadin.flow.component.html.Span;

/**
 * A small pill for a resource's kind, its languages or its retirement, styled inline with Lumo's colour properties
 * so the pre-compiled frontend bundle needs nothing more.
 */
class Badge extends Span {

    Badge(String text, String background, String colour) {
        super(text);
        getStyle().set("background", background).set("color", colour)
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "0.1em 0.55em")
                .set("font-size", "var(--lumo-font-size-xs)").set("font-weight", "600").set("white-space", "nowrap")
                .set("margin-inline-end", "0.25em");
    }

    static Badge primary(String text) { return new Badge(text, "var(--lumo-primary-color-10pct)", "var(--lumo-primary-text-color)"); }

    static Badge neutral(String text) { return new Badge(text, "var(--lumo-contrast-10pct)", "var(--lumo-secondary-text-color)"); }

    static Badge warning(String text) { return new Badge(text, "var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)"); }
}
