package org.napacademy.interfaces.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * A form over a small mutable draft bean, in the manner of the Vaadin CRM tutorial: Bean Validation messages
 * appear next to the fields, and the form only raises events (save, delete, close); the view that holds it calls
 * the application service. Enter inside the form saves, except in the fields where Enter already means something
 * (a new line in a text area, taking the typed date, time or option in a picker or combo box). Subclasses create
 * their fields, then call {@link #layOut(Component...)}.
 */
public abstract class DraftForm<T> extends FormLayout {
    private static final List<Class<? extends Component>> ENTER_IS_THEIRS = List.of(TextArea.class, DatePicker.class,
            TimePicker.class, DateTimePicker.class, ComboBox.class, MultiSelectComboBox.class);
    protected final BeanValidationBinder<T> binder;
    private final Button save = new Button(getTranslation("action.save"));
    private final Button delete = new Button(getTranslation("action.delete"));
    private final Button cancel = new Button(getTranslation("action.cancel"));
    private T draft;

    protected DraftForm(Class<T> type) {
        binder = new BeanValidationBinder<>(type);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("26em", 2));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(click -> save());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> fireEvent(new DeleteEvent<>(this, draft)));
        cancel.addClickListener(click -> {
            if (draft != null) binder.readBean(draft);
            fireEvent(new CloseEvent<>(this, draft));
        });
    }

    /**
     * Binds the fields not bound yet to the draft's properties by name, adds {@code fields} (those the subclass did
     * not add itself) and then the buttons.
     */
    protected void layOut(Component... fields) {
        binder.bindInstanceFields(this);
        add(fields);
        leaveEnterToFieldsThatUseIt(this);
        var buttons = new HorizontalLayout(save, cancel, delete);
        buttons.setWidthFull();
        buttons.setJustifyContentMode(FlexComponent.JustifyContentMode.START);
        buttons.getStyle().set("margin-top", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        add(buttons);
        setColspan(buttons, 2);
    }

    /** Shows the draft; {@code deletable} shows the delete button (an existing thing, not a new one). */
    public void edit(T draftToEdit, boolean deletable) {
        this.draft = draftToEdit;
        binder.readBean(draftToEdit);
        delete.setVisible(deletable);
    }

    /** The text of the delete button, e.g. "Withdraw" for a participant. */
    public void setDeleteText(String text) { delete.setText(text); }

    /** The draft as last shown (not written back until the form is valid). */
    public T draft() { return draft; }

    /** True while the form shows a draft the user has changed without saving it. */
    public boolean hasUnsavedChanges() { return isVisible() && draft != null && binder.hasChanges(); }

    /** The save button, for a view test to click. */
    public Button saveButton() { return save; }

    private void save() {
        if (draft != null && binder.writeBeanIfValid(draft)) fireEvent(new SaveEvent<>(this, draft));
        else binder.validate();
    }

    private static void leaveEnterToFieldsThatUseIt(Component parent) {
        parent.getChildren().forEach(child -> {
            if (ENTER_IS_THEIRS.stream().anyMatch(type -> type.isInstance(child))) {
                child.addAttachListener(attach -> child.getElement()
                        .executeJs("this.addEventListener('keydown', e => { if (e.key === 'Enter') e.stopPropagation(); })"));
            } else {
                leaveEnterToFieldsThatUseIt(child);
            }
        });
    }

    /** Something the form asks its view to do with the draft. */
    public abstract static class FormEvent<T> extends ComponentEvent<DraftForm<T>> {
        private final T draft;

        protected FormEvent(DraftForm<T> source, T draft) {
            super(source, false);
            this.draft = draft;
        }

        public T draft() { return draft; }
    }

    /** The draft is valid; store it. */
    public static class SaveEvent<T> extends FormEvent<T> {
        SaveEvent(DraftForm<T> source, T draft) { super(source, draft); }
    }

    /** Delete (or withdraw) what the draft stands for. */
    public static class DeleteEvent<T> extends FormEvent<T> {
        DeleteEvent(DraftForm<T> source, T draft) { super(source, draft); }
    }

    /** The user gave up editing; the fields show the draft as it was. */
    public static class CloseEvent<T> extends FormEvent<T> {
        CloseEvent(DraftForm<T> source, T draft) { super(source, draft); }
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
}
