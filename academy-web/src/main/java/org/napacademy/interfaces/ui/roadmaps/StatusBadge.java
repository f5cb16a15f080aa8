package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.Function;
import org.napacademy.domain.model.roadmap.ProgressStatus;

/**
 * A progress status as a coloured pill (traffic light: green on track or done, amber at risk, red off
 * track, grey not started or cancelled). Styled inline with Lumo's colour properties, so no theme module
 * has to be added to the pre-compiled frontend bundle.
 */
public class StatusBadge extends Span {

    private static final String SHAPE = "border-radius: var(--lumo-border-radius-l); padding: 0.15em 0.6em; "
            + "font-size: var(--lumo-font-size-s); font-weight: 500; white-space: nowrap";

    public StatusBadge(ProgressStatus status) {
        setText(getTranslation("roadmap.progress." + status));
        getElement().setAttribute("data-status", status.name());
        getElement().setAttribute("style", style(status));
    }

    /**
     * The same pill drawn by the browser from a template, for a grid of many rows: the server keeps no component per
     * row (issue 10: memory per UI session). {@code label}: the status in the page's language.
     */
    static <T> LitRenderer<T> renderer(Function<T, ProgressStatus> statusOf, Function<ProgressStatus, String> label) {
        return LitRenderer.<T>of("<span data-status=\"${item.status}\" style=\"${item.style}\">${item.label}</span>")
                .withProperty("status", item -> statusOf.apply(item).name())
                .withProperty("style", item -> style(statusOf.apply(item)))
                .withProperty("label", item -> label.apply(statusOf.apply(item)));
    }

    private static String style(ProgressStatus status) {
        var colours = switch (status) {
            case ON_TRACK -> new String[] {"var(--lumo-success-color-10pct)", "var(--lumo-success-text-color)"};
            case DONE -> new String[] {"var(--lumo-success-color)", "var(--lumo-success-contrast-color)"};
            case AT_RISK -> new String[] {"var(--lumo-warning-color-10pct, #fff3d1)", "var(--lumo-warning-text-color, #8a5a00)"};
            case OFF_TRACK -> new String[] {"var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)"};
            case NOT_STARTED -> new String[] {"var(--lumo-contrast-10pct)", "var(--lumo-secondary-text-color)"};
            case CANCELLED -> new String[] {"var(--lumo-contrast-5pct)", "var(--lumo-tertiary-text-color)"};
        };
        return "background: " + colours[0] + "; color: " + colours[1] + "; " + SHAPE;
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
