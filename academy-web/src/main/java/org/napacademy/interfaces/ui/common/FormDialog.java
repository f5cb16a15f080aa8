package org.napacademy.interfaces.ui.common;

import com.vaadin.flow.component.dialog.Dialog;

/**
 * A modal dialog around a {@link DraftForm}: cancelling closes it; the view closes it after a successful save
 * and leaves it open when the service refuses, so nothing typed is lost.
 */
public class FormDialog<T> extends Dialog {
    private final DraftForm<T> form;

    public FormDialog(String title, DraftForm<T> form) {
        this.form = form;
        setHeaderTitle(title);
        setModal(true);
        setCloseOnOutsideClick(false);
        setWidth("760px");
        setMaxWidth("96vw");
        add(form);
        form.addCloseListener(close -> close());
    }

    public DraftForm<T> form() { return form; }
}
