package org.napacademy.interfaces.ui.account;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import org.napacademy.application.UserService;

/**
 * The signed-in person's new password, typed twice, with the current one (so a session left open cannot
 * change it). Raises a {@link ChangeEvent} once the two agree and the new one is long enough; the
 * service decides whether the current one is right.
 */
class PasswordForm extends FormLayout {
    final PasswordField current = new PasswordField(getTranslation("account.password.current"));
    final PasswordField fresh = new PasswordField(getTranslation("account.password.new"));
    final PasswordField repeated = new PasswordField(getTranslation("account.password.repeat"));
    final Button change = new Button(getTranslation("account.password.change"));

    PasswordForm() {
        current.setId("password-current");
        fresh.setId("password-new");
        fresh.setHelperText(getTranslation("account.password.rule", UserService.MIN_PASSWORD_LENGTH));
        repeated.setId("password-repeat");
        change.setId("password-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(click -> submit());
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
        setMaxWidth("60em");
        add(current, fresh, repeated, change);
    }

    private void submit() {
        current.setInvalid(current.isEmpty());
        fresh.setErrorMessage(getTranslation("account.password.rule", UserService.MIN_PASSWORD_LENGTH));
        fresh.setInvalid(fresh.getValue().length() < UserService.MIN_PASSWORD_LENGTH);
        repeated.setErrorMessage(getTranslation("account.password.mismatch"));
        repeated.setInvalid(!repeated.getValue().equals(fresh.getValue()));
        if (current.isInvalid() || fresh.isInvalid() || repeated.isInvalid()) return;
        fireEvent(new ChangeEvent(this, current.getValue(), fresh.getValue()));
    }

    void clear() {
        current.clear();
        fresh.clear();
        repeated.clear();
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** The person asked to replace their password. */
    static class ChangeEvent extends ComponentEvent<PasswordForm> {
        private final String currentPassword;
        private final String newPassword;

        ChangeEvent(PasswordForm source, String currentPassword, String newPassword) {
            super(source, false);
            this.currentPassword = currentPassword;
            this.newPassword = newPassword;
        }

        String currentPassword() { return currentPassword; }

        String newPassword() { return newPassword; }
    }
}
