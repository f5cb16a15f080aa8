package org.napacademy.interfaces.ui.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.napacademy.application.EntityNotFound;
import org.napacademy.application.StaleVersion;
import org.napacademy.domain.model.shared.DomainRuleViolation;

/**
 * Calls a writing service method on behalf of a view and turns its refusals into messages: a stale version or a
 * vanished entity tells the user and reloads what the view shows; a broken rule, a bad value or an invalid command
 * shows its message and leaves the form open. The refusal is found even when a container wrapped it.
 */
public final class Attempt {
    private static final int SHOWN_MILLIS = 6000;

    private Attempt() {
    }

    /** True when the write went through; {@code reload} runs after a stale version or a vanished entity. */
    public static boolean write(Runnable write, Runnable reload) {
        try {
            write.run();
            return true;
        } catch (RuntimeException failure) {
            if (cause(failure, StaleVersion.class) != null || cause(failure, OptimisticLockException.class) != null) {
                notice(translate("notice.stale"), NotificationVariant.LUMO_CONTRAST);
                reload.run();
            } else if (cause(failure, EntityNotFound.class) != null) {
                error(translate("notice.gone"));
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

    /** Writes as {@link #write} does; when the write went through, says so and runs {@code reload}. */
    public static void writeAndReload(Runnable write, Runnable reload) {
        if (write(write, reload)) {
            saved();
            reload.run();
        }
    }

    public static void saved() {
        var notice = Notification.show(translate("notice.saved"), 2500, Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        notice(message, NotificationVariant.LUMO_ERROR);
    }

    private static void notice(String message, NotificationVariant variant) {
        Notification.show(message, SHOWN_MILLIS, Notification.Position.MIDDLE).addThemeVariants(variant);
    }

    private static Throwable cause(Throwable failure, Class<? extends Throwable> type) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) return cause;
        }
        return null;
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
