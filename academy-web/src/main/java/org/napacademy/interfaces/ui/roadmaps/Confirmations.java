package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before something is deleted for good. */
final class Confirmations {
    private Confirmations() { }

    static void delete(String what, Runnable confirmed) {
        var ui = UI.getCurrent();
        var dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation("roadmap.confirmDelete.header"));
        dialog.setText(ui.getTranslation("roadmap.confirmDelete.text", what));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmText(ui.getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> confirmed.run());
        dialog.open();
    }
}
