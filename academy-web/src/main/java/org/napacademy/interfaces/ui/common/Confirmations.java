package org.napacademy.interfaces.ui.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before a step that is hard to take back. */
public final class Confirmations {
    private Confirmations() { }

    /** Asks before something is deleted for good, with everything below it. */
    public static void delete(String what, Runnable confirmed) {
        var ui = UI.getCurrent();
        ask(ui.getTranslation("confirmDelete.header"), ui.getTranslation("confirmDelete.text", what),
                ui.getTranslation("action.delete"), true, confirmed);
    }

    /** Asks with a confirm button named for the step; {@code destructive} colours it as a danger. */
    public static void ask(String header, String text, String confirmText, boolean destructive, Runnable confirmed) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("action.cancel"));
        dialog.setConfirmText(confirmText);
        if (destructive) dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> confirmed.run());
        dialog.open();
    }
}
