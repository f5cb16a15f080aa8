package org.napacademy.interfaces.ui.reminders;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

/** The account page's e-mail address for reminder digests: raises a save event with a valid address (or none). */
public class EmailForm extends FormLayout {
    final EmailField email = new EmailField(getTranslation("reminders.email"));
    final Button save = new Button(getTranslation("action.save"));
    private final BeanValidationBinder<EmailDraft> binder = new BeanValidationBinder<>(EmailDraft.class);

    public EmailForm(String current) {
        email.setHelperText(getTranslation("reminders.email.helper"));
        email.setClearButtonVisible(true);
        binder.bindInstanceFields(this);
        var draft = new EmailDraft();
        draft.setEmail(current);
        binder.readBean(draft);
        save.addClickListener(click -> {
            var written = new EmailDraft();
            if (binder.writeBeanIfValid(written)) fireEvent(new SaveEvent(this, written.getEmail()));
            else binder.validate();
        });
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        add(email, save);
        setMaxWidth("40em");
        getStyle().set("align-items", "baseline");
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) { return addListener(SaveEvent.class, listener); }

    /** The address to keep; blank removes it. */
    public static class SaveEvent extends ComponentEvent<EmailForm> {
        private final String email;

        SaveEvent(EmailForm source, String email) {
            super(source, false);
            this.email = email;
        }

        public String email() { return email; }
    }
}
