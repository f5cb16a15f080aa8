package org.napacademy.interfaces.ui.programmes;

import java.util.function.Consumer;
import org.napacademy.application.ProgrammeService;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.FormDialog;

/** Opens the programme form in a dialog, from the list (a new programme) or from a programme's page (its configuration). */
public class ProgrammeEditor {
    private final ProgrammeService programmes;

    public ProgrammeEditor(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    /** {@code created} receives the new programme. */
    public FormDialog<ProgrammeBean> create(Consumer<Programme> created) {
        var dialog = open("programmes.form.new", new ProgrammeBean());
        dialog.form().addSaveListener(save -> {
            var result = new Programme[1];
            if (Attempt.write(() -> result[0] = programmes.create(save.draft().toDraft()), dialog::close)) {
                dialog.close();
                created.accept(result[0]);
            }
        });
        return dialog;
    }

    /** {@code changed} runs after a save, and after a refusal that needs a reload (someone saved first). */
    public FormDialog<ProgrammeBean> edit(Programme programme, Runnable changed) {
        var dialog = open("programmes.form.edit", ProgrammeBean.of(programme));
        Runnable reload = () -> {
            dialog.close();
            changed.run();
        };
        dialog.form().addSaveListener(save -> {
            var bean = save.draft();
            Attempt.writeAndReload(() -> programmes.update(bean.getId(), bean.getVersion(), bean.toDraft()), reload);
        });
        return dialog;
    }

    private FormDialog<ProgrammeBean> open(String titleKey, ProgrammeBean bean) {
        var form = new ProgrammeForm();
        form.show(bean);
        var dialog = new FormDialog<>(form.getTranslation(titleKey), form);
        dialog.setWidth("1000px");
        dialog.open();
        return dialog;
    }
}
