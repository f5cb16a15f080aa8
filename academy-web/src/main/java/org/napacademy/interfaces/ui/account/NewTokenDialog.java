package org.napacademy.interfaces.ui.account;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.napacademy.application.security.CreatedApiToken;
import org.napacademy.application.security.NewApiToken;

/**
 * Asks for a new token's name and lifetime and raises a {@link CreateEvent}; once the view has made the
 * token, {@link #showSecret} replaces the form by the secret, shown this one time with a hint to copy it.
 */
class NewTokenDialog extends Dialog {
    final TextField name = new TextField(getTranslation("account.tokens.name"));
    final IntegerField days = new IntegerField(getTranslation("account.tokens.days"));
    final Button create = new Button(getTranslation("account.tokens.create"));

    NewTokenDialog() {
        setHeaderTitle(getTranslation("account.tokens.new"));
        setModal(true);
        setCloseOnOutsideClick(false);
        setWidth("34em");
        setMaxWidth("96vw");
        name.setRequired(true);
        name.setMaxLength(100);
        name.setId("token-name");
        days.setMin(1);
        days.setMax(NewApiToken.MAX_DAYS);
        days.setHelperText(getTranslation("account.tokens.days.help"));
        days.setId("token-days");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("token-create");
        create.addClickListener(click -> {
            if (name.isEmpty() || days.isInvalid()) {
                name.setInvalid(name.isEmpty());
                return;
            }
            fireEvent(new CreateEvent(this, new NewApiToken(name.getValue(), days.getValue())));
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(new FormLayout(name, days));
        getFooter().add(cancel, create);
    }

    void showSecret(CreatedApiToken created) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("account.tokens.created", created.token().name()));
        var secret = new TextField(getTranslation("account.tokens.secret"));
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("token-secret");
        var hint = new Paragraph(getTranslation("account.tokens.secret.hint"));
        var done = new Button(getTranslation("account.tokens.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("token-done");
        add(secret, hint);
        getFooter().add(done);
        secret.focus();
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    /** The user asked for a token. */
    static class CreateEvent extends ComponentEvent<NewTokenDialog> {
        private final NewApiToken command;

        CreateEvent(NewTokenDialog source, NewApiToken command) {
            super(source, false);
            this.command = command;
        }

        NewApiToken command() { return command; }
    }
}
