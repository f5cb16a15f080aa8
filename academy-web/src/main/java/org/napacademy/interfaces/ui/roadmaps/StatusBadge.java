package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.html.Span;
import org.napacademy.domain.model.roadmap.ProgressStatus;

/**
 * A progress status as a coloured pill (traffic light: green on track or done, amber at risk, red off
 * track, grey not started or cancelled). Styled inline with Lumo's colour properties, so no theme module
 * has to be added to the pre-compiled frontend bundle.
 */
public class StatusBadge extends Span {

    public StatusBadge(ProgressStatus status) {
        setText(getTranslation("roadmap.progress." + status));
        getElement().setAttribute("data-status", status.name());
        var colours = switch (status) {
            case ON_TRACK -> new String[] {"var(--lumo-success-color-10pct)", "var(--lumo-success-text-color)"};
            case DONE -> new String[] {"var(--lumo-success-color)", "var(--lumo-success-contrast-color)"};
            case AT_RISK -> new String[] {"var(--lumo-warning-color-10pct, #fff3d1)", "var(--lumo-warning-text-color, #8a5a00)"};
            case OFF_TRACK -> new String[] {"var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)"};
            case NOT_STARTED -> new String[] {"var(--lumo-contrast-10pct)", "var(--lumo-secondary-text-color)"};
            case CANCELLED -> new String[] {"var(--lumo-contrast-5pct)", "var(--lumo-tertiary-text-color)"};
        };
        getStyle().set("background", colours[0]).set("color", colours[1])
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "0.15em 0.6em")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500").set("white-space", "nowrap");
    }

    /** The solid colour of a status, for bars and dots. */
    static String colourOf(ProgressStatus status) {
        return switch (status) {
            case ON_TRACK -> "var(--lumo-success-color-50pct)";
            case DONE -> "var(--lumo-success-color)";
            case AT_RISK -> "var(--lumo-warning-color, #e8a317)";
            case OFF_TRACK -> "var(--lumo-error-color)";
            case NOT_STARTED -> "var(--lumo-contrast-30pct)";
            case CANCELLED -> "var(--lumo-contrast-10pct)";
        };
    }
}
