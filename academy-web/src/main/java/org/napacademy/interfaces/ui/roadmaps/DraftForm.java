package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

/**
 * A form over a small mutable draft bean, validated by its Bean Validation annotations so that messages
 * appear next to the fields. It raises {@link SaveEvent}, {@link DeleteEvent} and {@link CloseEvent}; the
 * view that holds it calls the service. Subclasses create their fields, then call {@link #bindFields()}.
 */
public abstract class DraftForm<T> extends FormLayout {

    protected final BeanValidationBinder<T> binder;
    final Button save = new Button(getTranslation("action.save"));
    final Button delete = new Button(getTranslation("action.delete"));
    final Button close = new Button(getTranslation("action.cancel"));
    private T draft;

    protected DraftForm(Class<T> type) {
        binder = new BeanValidationBinder<>(type);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("26em", 2));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(click -> save());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> fireEvent(new DeleteEvent<>(this, draft)));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(click -> {
            if (draft != null) binder.readBean(draft);
            fireEvent(new CloseEvent<>(this));
        });
    }

    /** Binds the subclass's fields by name (after any field it bound itself), then adds the buttons. */
    protected void bindFields() {
        binder.bindInstanceFields(this);
        var buttons = new HorizontalLayout(save, delete, close);
        buttons.getStyle().set("flex-wrap", "wrap");
        add(buttons, 2);
    }

    /** Shows the draft; {@code deletable} shows the delete button. */
    public void edit(T newDraft, boolean deletable) {
        this.draft = newDraft;
        binder.readBean(newDraft);
        delete.setVisible(deletable);
    }

    public T draft() { return draft; }

    /** True while the form shows a draft the user has changed without saving it. */
    public boolean hasUnsavedChanges() { return isVisible() && draft != null && binder.hasChanges(); }

    private void save() {
        if (draft != null && binder.writeBeanIfValid(draft)) fireEvent(new SaveEvent<>(this, draft));
        else binder.validate();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
        return addListener(SaveEvent.class, (ComponentEventListener) listener);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addDeleteListener(ComponentEventListener<DeleteEvent<T>> listener) {
        return addListener(DeleteEvent.class, (ComponentEventListener) listener);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addCloseListener(ComponentEventListener<CloseEvent<T>> listener) {
        return addListener(CloseEvent.class, (ComponentEventListener) listener);
    }

    public static class SaveEvent<T> extends ComponentEvent<DraftForm<T>> {
        private final T draft;

        SaveEvent(DraftForm<T> source, T draft) {
            super(source, false);
            this.draft = draft;
        }

        public T draft() { return draft; }
    }

    public static class DeleteEvent<T> extends ComponentEvent<DraftForm<T>> {
        private final T draft;

        DeleteEvent(DraftForm<T> source, T draft) {
            super(source, false);
            this.draft = draft;
        }

        public T draft() { return draft; }
    }

    public static class CloseEvent<T> extends ComponentEvent<DraftForm<T>> {
        CloseEvent(DraftForm<T> source) { super(source, false); }
    }
}
