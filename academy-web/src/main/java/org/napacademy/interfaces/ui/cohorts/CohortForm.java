package org.napacademy.interfaces.ui.cohorts;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.napacademy.interfaces.ui.common.LocalizedDatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Map;
import org.napacademy.application.ProgrammeService;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.interfaces.ui.common.DraftForm;

/** Programme, name, venue and dates of a cohort; the programme is chosen once, when the cohort is created. */
public class CohortForm extends DraftForm<CohortBean> {
    /** An academy runs a handful of programmes: the first hundred are offered. */
    private static final int PROGRAMMES_SHOWN = 100;
    final ComboBox<Programme> programme = new ComboBox<>(getTranslation("cohort.programme"));
    final TextField name = new TextField(getTranslation("cohort.form.name"));
    final TextField venueName = new TextField(getTranslation("cohort.form.venueName"));
    final TextField city = new TextField(getTranslation("cohort.form.city"));
    final ComboBox<String> countryCode = new ComboBox<>(getTranslation("cohort.form.country"));
    final ComboBox<String> timeZone = new ComboBox<>(getTranslation("cohort.form.timeZone"));
    final DatePicker startDate = new LocalizedDatePicker(getTranslation("cohort.form.startDate"));
    final DatePicker endDate = new LocalizedDatePicker(getTranslation("cohort.form.endDate"));
    final TextField trainers = new TextField(getTranslation("cohort.form.trainers"));

    public CohortForm(ProgrammeService programmes, Map<String, String> countryNames) {
        super(CohortBean.class);
        programme.setItemLabelGenerator(Programme::name);
        programme.setItems(programmes.page(0, PROGRAMMES_SHOWN));
        name.setPlaceholder(getTranslation("cohort.form.name.placeholder"));
        venueName.setHelperText(getTranslation("cohort.form.venueName.helper"));
        countryCode.setItems(countryNames.keySet());
        countryCode.setItemLabelGenerator(code -> countryNames.getOrDefault(code, code));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setHelperText(getTranslation("cohort.form.timeZone.helper"));
        trainers.setHelperText(getTranslation("cohort.form.trainers.helper"));
        startDate.addValueChangeListener(change -> {
            if (change.getValue() != null && endDate.isEmpty()) endDate.setInitialPosition(change.getValue());
        });
        binder.forField(endDate)
                .withValidator(end -> end == null || startDate.isEmpty() || !end.isBefore(startDate.getValue()),
                        getTranslation("cohort.form.endDate.beforeStart"))
                .bind("endDate");
        binder.forField(trainers)
                .withValidator(text -> text == null || text.matches(CohortBean.TRAINERS), getTranslation("cohort.form.trainers.invalid"))
                .bind("trainers");
        layOut(programme, name, venueName, city, countryCode, timeZone, startDate, endDate, trainers);
        setColspan(programme, 2);
        setColspan(name, 2);
        setColspan(trainers, 2);
    }

    @Override
    public void edit(CohortBean cohort, boolean deletable) {
        super.edit(cohort, deletable);
        programme.setEnabled(cohort.isNew());
    }
}
