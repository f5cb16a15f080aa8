package org.napacademy.interfaces.ui.sessions;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.napacademy.interfaces.ui.common.LocalizedDatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.interfaces.ui.common.DraftForm;
import org.napacademy.interfaces.ui.common.Formats;

/**
 * A session of a module on a day of the cohort, from a start to an end time, in a room, run by some of the
 * cohort's trainers. The day is not limited to the cohort's dates: the schedule rule says why a day is refused.
 */
public class SessionForm extends DraftForm<SessionBean> {
    final ComboBox<Module> module = new ComboBox<>(getTranslation("session.module"));
    final DatePicker day = new LocalizedDatePicker(getTranslation("session.day"));
    final TimePicker start = new TimePicker(getTranslation("session.start"));
    final TimePicker end = new TimePicker(getTranslation("session.end"));
    final TextField room = new TextField(getTranslation("session.room"));
    final CheckboxGroup<String> trainers = new CheckboxGroup<>(getTranslation("session.trainers"));

    public SessionForm(List<Module> modules, DateRange cohortDates, Set<String> cohortTrainers) {
        super(SessionBean.class);
        setDeleteText(getTranslation("session.delete"));
        module.setItems(modules);
        module.setItemLabelGenerator(m -> m.code() + " · " + m.title().in(getLocale()));
        day.setInitialPosition(cohortDates.start());
        day.setHelperText(getTranslation("session.day.helper", new Formats(getLocale()).dates(cohortDates)));
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        trainers.setItems(cohortTrainers);
        if (cohortTrainers.isEmpty()) trainers.setHelperText(getTranslation("session.trainers.none"));
        binder.forField(end)
                .withValidator(value -> value == null || start.isEmpty() || value.isAfter(start.getValue()),
                        getTranslation("session.end.beforeStart"))
                .bind("end");
        layOut(module, day, room, start, end, trainers);
        setColspan(module, 2);
        setColspan(trainers, 2);
    }

    @Override
    public void edit(SessionBean session, boolean deletable) {
        super.edit(session, deletable);
        module.setEnabled(session.isNew());
    }
}
