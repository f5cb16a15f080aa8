package org.napacademy.interfaces.ui.checkins;

import com.vaadin.flow.component.html.Span;
import org.napacademy.domain.model.accompaniment.ProgressReportStatus;
import org.napacademy.domain.model.accompaniment.ReportingState;

/**
 * A reporting period's state or a check-in's status as a coloured pill: green accepted (locked), blue submitted,
 * amber due or returned, red overdue ("no update"), grey upcoming or draft. Styled inline with Lumo's colour
 * properties, as the roadmap's status badge is, so the pre-compiled frontend bundle needs nothing more.
 */
public class StateBadge extends Span {

    private enum Tone { POSITIVE, INFO, WARNING, ALERT, QUIET }

    public StateBadge(ReportingState state) {
        this(state.name(), "checkins.state." + state.name(), switch (state) {
            case ACCEPTED -> Tone.POSITIVE;
            case SUBMITTED -> Tone.INFO;
            case DUE, RETURNED -> Tone.WARNING;
            case OVERDUE -> Tone.ALERT;
            case UPCOMING -> Tone.QUIET;
        });
    }

    public StateBadge(ProgressReportStatus status) {
        this(status.name(), "checkins.status." + status.name(), switch (status) {
            case ACCEPTED -> Tone.POSITIVE;
            case SUBMITTED -> Tone.INFO;
            case RETURNED -> Tone.WARNING;
            case DRAFT -> Tone.QUIET;
        });
    }

    private StateBadge(String name, String key, Tone tone) {
        setText(getTranslation(key));
        getElement().setAttribute("data-state", name);
        addClassName("checkin-state");
        var colours = switch (tone) {
            case POSITIVE -> new String[] {"var(--lumo-success-color-10pct)", "var(--lumo-success-text-color)"};
            case INFO -> new String[] {"var(--lumo-primary-color-10pct)", "var(--lumo-primary-text-color)"};
            case WARNING -> new String[] {"var(--lumo-warning-color-10pct, #fff3d1)", "var(--lumo-warning-text-color, #8a5a00)"};
            case ALERT -> new String[] {"var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)"};
            case QUIET -> new String[] {"var(--lumo-contrast-10pct)", "var(--lumo-secondary-text-color)"};
        };
        getStyle().set("background", colours[0]).set("color", colours[1])
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "0.15em 0.6em")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500").set("white-space", "nowrap");
    }
}
