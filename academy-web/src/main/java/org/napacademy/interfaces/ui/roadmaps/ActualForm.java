package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.napacademy.interfaces.ui.common.LocalizedDatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.interfaces.ui.common.Choices;
import org.napacademy.interfaces.ui.common.DraftForm;

/** Records an actual: value (or narrative), sex when disaggregated, as-of date, comment and evidence link. */
public class ActualForm extends DraftForm<ActualDraft> {

    private final H4 heading = new H4(getTranslation("actual.record"));
    final BigDecimalField value = new BigDecimalField(getTranslation("actual.value"));
    final ComboBox<Sex> sex = Choices.of(getTranslation("actual.sex"), "actual.sex", EnumSet.of(Sex.FEMALE, Sex.MALE));
    final DatePicker asOf = new LocalizedDatePicker(getTranslation("actual.asOf"));
    final TextField comment = new TextField(getTranslation("actual.comment"));
    final TextField evidenceLink = new TextField(getTranslation("actual.evidenceLink"));

    public ActualForm() {
        super(ActualDraft.class);
        sex.setClearButtonVisible(true);
        sex.setPlaceholder(getTranslation("actual.sex.total"));
        comment.setMaxLength(2000);
        evidenceLink.setMaxLength(1000);
        evidenceLink.setPlaceholder("https://");
        add(heading, 2);
        add(value, sex, asOf, comment);
        add(evidenceLink, 2);
        layOut();
    }

    public void edit(ActualDraft draft, Indicator indicator) {
        super.edit(draft, false);
        value.setVisible(indicator.unit() != IndicatorUnit.QUALITATIVE);
        sex.setVisible(indicator.isDisaggregatedBySex());
    }
}
