package org.napacademy.interfaces.ui.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/** Leaving a page whose form holds unsaved changes asks first: nothing typed is dropped without the user saying so. */
public final class UnsavedChanges {

    private UnsavedChanges() { }

    /** Called from a view's {@code beforeLeave}: postpones the navigation and asks when {@code unsaved}. */
    public static void confirmLeaving(BeforeLeaveEvent event, boolean unsaved) {
        if (!unsaved) return;
        var action = event.postpone();
        var ui = UI.getCurrent();
        var dialog = new ConfirmDialog(ui.getTranslation("unsaved.header"), ui.getTranslation("unsaved.text"),
                ui.getTranslation("unsaved.leave"), confirm -> action.proceed());
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("unsaved.stay"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
