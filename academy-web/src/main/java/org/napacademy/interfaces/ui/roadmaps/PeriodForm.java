package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.napacademy.interfaces.ui.common.LocalizedDatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.interfaces.ui.common.DraftForm;

/** A period's dates (fixed once it exists) and its targets: the total, or by sex when the indicator is disaggregated. */
public class PeriodForm extends DraftForm<PeriodDraft> {

    final DatePicker startDate = new LocalizedDatePicker(getTranslation("period.startDate"));
    final DatePicker endDate = new LocalizedDatePicker(getTranslation("period.endDate"));
    final BigDecimalField target = new BigDecimalField(getTranslation("period.target"));
    final BigDecimalField targetFemale = new BigDecimalField(getTranslation("period.targetFemale"));
    final BigDecimalField targetMale = new BigDecimalField(getTranslation("period.targetMale"));
    final TextField narrative = new TextField(getTranslation("period.narrative"));

    public PeriodForm() {
        super(PeriodDraft.class);
        binder.forField(endDate)
                .withValidator(end -> end == null || startDate.getValue() == null || !end.isBefore(startDate.getValue()),
                        getTranslation("node.endBeforeStart"))
                .bind("endDate");
        add(startDate, endDate, target, narrative, targetFemale, targetMale);
        layOut();
    }

    public void edit(PeriodDraft draft, Indicator indicator) {
        super.edit(draft, false);
        var qualitative = indicator.unit() == IndicatorUnit.QUALITATIVE;
        startDate.setReadOnly(!draft.isNew());
        endDate.setReadOnly(!draft.isNew());
        target.setVisible(!qualitative);
        narrative.setVisible(qualitative);
        targetFemale.setVisible(!qualitative && indicator.isDisaggregatedBySex());
        targetMale.setVisible(!qualitative && indicator.isDisaggregatedBySex());
    }
}
