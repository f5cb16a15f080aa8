package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.UI;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.napacademy.application.EntityNotFound;
import org.napacademy.application.StaleVersion;
import org.napacademy.domain.model.shared.DomainRuleViolation;

/**
 * Runs one call to an application service for a view and turns its failures into notices: a stale
 * version (someone saved first) shows {@code notice.stale} and reloads, a broken rule or a bad value
 * shows its message and leaves the form open, a vanished entity reloads.
 */
final class Outcomes {
    private Outcomes() { }

    /** True when the call went through. */
    static boolean attempt(Runnable call, Runnable reload) {
        try {
            call.run();
            return true;
        } catch (RuntimeException failure) {
            if (causedBy(failure, StaleVersion.class) || causedBy(failure, OptimisticLockException.class)) {
                error(translate("notice.stale"));
                reload.run();
            } else if (causedBy(failure, EntityNotFound.class)) {
                error(translate("roadmap.notice.gone"));
                reload.run();
            } else if (cause(failure, DomainRuleViolation.class) instanceof DomainRuleViolation rule) {
                error(rule.getMessage());
            } else if (cause(failure, IllegalArgumentException.class) instanceof IllegalArgumentException bad) {
                error(bad.getMessage());
            } else if (cause(failure, ConstraintViolationException.class) instanceof ConstraintViolationException invalid) {
                error(invalid.getConstraintViolations().stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                        .collect(Collectors.joining("; ")));
            } else {
                throw failure;
            }
            return false;
        }
    }

    static void saved() {
        var notice = Notification.show(translate("notice.saved"), 2500, Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String message) {
        var notice = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String translate(String key) { return UI.getCurrent().getTranslation(key); }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) { return cause(failure, type) != null; }

    private static Throwable cause(Throwable failure, Class<? extends Throwable> type) {
        for (var t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) if (type.isInstance(t)) return t;
        return null;
    }
}
