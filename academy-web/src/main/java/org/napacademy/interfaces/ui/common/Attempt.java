package org.napacademy.interfaces.ui.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.persistence.OptimisticLockException;
import org.napacademy.application.EntityNotFound;
import org.napacademy.application.StaleVersion;
import org.napacademy.domain.model.shared.DomainRuleViolation;

/**
 * Calls a writing service method on behalf of a view and turns its refusals into messages: a stale version or a
 * vanished entity tells the user and reloads what the view shows; a broken rule or a bad value shows the rule's
 * message and leaves the form open.
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
        } catch (StaleVersion e) {
            return stale(reload);
        } catch (EntityNotFound e) {
            error(translate("cohorts.notice.gone"));
            reload.run();
            return false;
        } catch (DomainRuleViolation | IllegalArgumentException e) {
            error(e.getMessage());
            return false;
        } catch (RuntimeException e) {
            if (causedBy(e, OptimisticLockException.class)) return stale(reload);
            throw e;
        }
    }

    public static void saved() {
        var notice = Notification.show(translate("notice.saved"), 2500, Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        var notice = Notification.show(message, SHOWN_MILLIS, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static boolean stale(Runnable reload) {
        var notice = Notification.show(translate("notice.stale"), SHOWN_MILLIS, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        reload.run();
        return false;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) return true;
            if (cause.getCause() == cause) break;
        }
        return false;
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
