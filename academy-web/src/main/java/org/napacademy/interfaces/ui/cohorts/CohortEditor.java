package org.napacademy.interfaces.ui.cohorts;

import java.util.Map;
import java.util.function.Consumer;
import org.napacademy.application.CohortDetails;
import org.napacademy.application.CohortService;
import org.napacademy.application.ProgrammeService;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.FormDialog;

/** Opens the cohort form in a dialog, from the start page (a new cohort) or from a cohort's page (its facts). */
public class CohortEditor {
    private final CohortService cohorts;
    private final ProgrammeService programmes;
    private final Map<String, String> countryNames;

    public CohortEditor(CohortService cohorts, ProgrammeService programmes, Map<String, String> countryNames) {
        this.cohorts = cohorts;
        this.programmes = programmes;
        this.countryNames = countryNames;
    }

    /** {@code created} receives the new cohort. */
    public FormDialog<CohortBean> create(Consumer<CohortDetails> created) {
        var dialog = open("cohort.form.new", new CohortBean(), false);
        dialog.form().addSaveListener(save -> {
            var result = new CohortDetails[1];
            if (Attempt.write(() -> result[0] = cohorts.create(save.draft().toDraft()), dialog::close)) {
                dialog.close();
                created.accept(result[0]);
            }
        });
        return dialog;
    }

    /**
     * {@code changed} runs after a save, and after a refusal that needs a reload (someone saved first);
     * {@code deleted} after the cohort (without delegations) was deleted.
     */
    public FormDialog<CohortBean> edit(CohortDetails details, Runnable changed, Runnable deleted) {
        var dialog = open("cohort.form.edit", CohortBean.of(details), details.delegationCount() == 0);
        Runnable reload = () -> {
            dialog.close();
            changed.run();
        };
        dialog.form().addSaveListener(save -> {
            var bean = save.draft();
            Attempt.writeAndReload(() -> cohorts.update(bean.getId(), bean.getVersion(), bean.toDraft()), reload);
        });
        dialog.form().addDeleteListener(delete -> {
            var bean = delete.draft();
            if (Attempt.write(() -> cohorts.delete(bean.getId(), bean.getVersion()), reload)) {
                dialog.close();
                deleted.run();
            }
        });
        return dialog;
    }

    private FormDialog<CohortBean> open(String titleKey, CohortBean bean, boolean deletable) {
        var form = new CohortForm(programmes, countryNames);
        form.edit(bean, deletable);
        var dialog = new FormDialog<>(form.getTranslation(titleKey), form);
        dialog.open();
        return dialog;
    }
}
