package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.napacademy.interfaces.ui.common.LocalizedDatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.ReferenceFramework;
import org.napacademy.interfaces.ui.common.Choices;
import org.napacademy.interfaces.ui.common.DraftForm;

/** Title, unit, direction, baseline, means of verification, disaggregation and external reference of an indicator. */
public class IndicatorForm extends DraftForm<IndicatorDraft> {

    final TextField title = new TextField(getTranslation("indicator.title"));
    final ComboBox<IndicatorUnit> unit = Choices.of(getTranslation("indicator.unit"), "indicator.unit", EnumSet.allOf(IndicatorUnit.class));
    final Checkbox ascending = new Checkbox(getTranslation("indicator.ascending"));
    final BigDecimalField baselineValue = new BigDecimalField(getTranslation("indicator.baselineValue"));
    final DatePicker baselineDate = new LocalizedDatePicker(getTranslation("indicator.baselineDate"));
    final TextField meansOfVerification = new TextField(getTranslation("indicator.meansOfVerification"));
    final Checkbox disaggregatedBySex = new Checkbox(getTranslation("indicator.disaggregatedBySex"));
    final ComboBox<ReferenceFramework> referenceFramework = Choices.of(getTranslation("indicator.referenceFramework"),
            "indicator.framework", EnumSet.allOf(ReferenceFramework.class));
    final TextField referenceCode = new TextField(getTranslation("indicator.referenceCode"));

    public IndicatorForm() {
        super(IndicatorDraft.class);
        title.setMaxLength(300);
        meansOfVerification.setMaxLength(1000);
        referenceFramework.setClearButtonVisible(true);
        referenceCode.setMaxLength(50);
        add(title, 2);
        add(unit, ascending, baselineValue, baselineDate);
        add(meansOfVerification, 2);
        add(referenceFramework, referenceCode, disaggregatedBySex);
        layOut();
    }

    /** Unit and direction are fixed once the indicator exists; the rest is structure, editable in DRAFT only. */
    public void edit(IndicatorDraft draft, boolean structureEditable) {
        super.edit(draft, structureEditable && !draft.isNew());
        unit.setReadOnly(!draft.isNew());
        ascending.setReadOnly(!draft.isNew());
        baselineValue.setReadOnly(!structureEditable);
        baselineDate.setReadOnly(!structureEditable);
        disaggregatedBySex.setReadOnly(!structureEditable);
        saveButton().setVisible(structureEditable || !draft.isNew());
    }
}
