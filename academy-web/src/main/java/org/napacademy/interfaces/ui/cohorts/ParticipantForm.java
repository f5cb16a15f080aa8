package org.napacademy.interfaces.ui.cohorts;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.ParticipantRole;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.interfaces.ui.common.Choices;
import org.napacademy.interfaces.ui.common.DraftForm;

/** A member of a delegation: name, contact, institution, sex, role and consent to be listed. */
public class ParticipantForm extends DraftForm<ParticipantBean> {
    final TextField givenName = new TextField(getTranslation("participant.givenName"));
    final TextField familyName = new TextField(getTranslation("participant.familyName"));
    final TextField email = new TextField(getTranslation("participant.email"));
    final TextField position = new TextField(getTranslation("participant.position"));
    final TextField institutionName = new TextField(getTranslation("participant.institution"));
    final ComboBox<InstitutionType> institutionType =
            Choices.of(getTranslation("participant.institutionType"), "institutionType", List.of(InstitutionType.values()));
    final RadioButtonGroup<Sex> sex = new RadioButtonGroup<>(getTranslation("participant.sex"));
    final RadioButtonGroup<ParticipantRole> role = new RadioButtonGroup<>(getTranslation("participant.role"));
    final Select<String> language = new Select<>();
    final Checkbox consentToBeListed = new Checkbox(getTranslation("participant.consent"));

    public ParticipantForm() {
        super(ParticipantBean.class);
        setDeleteText(getTranslation("participant.withdraw"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(value -> getTranslation("sex." + value));
        role.setItems(ParticipantRole.values());
        role.setItemLabelGenerator(value -> getTranslation("participant.role." + value));
        language.setLabel(getTranslation("participant.language"));
        language.setItems(List.of("en", "es", "pt", "fr"));
        language.setItemLabelGenerator(code -> code == null ? getTranslation("participant.language.none") : getTranslation("language." + code));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("participant.language.none"));
        consentToBeListed.setTooltipText(getTranslation("participant.consent.helper"));
        layOut(givenName, familyName, email, position, institutionName, institutionType, sex, role, language, consentToBeListed);
        setColspan(sex, 2);
    }
}
