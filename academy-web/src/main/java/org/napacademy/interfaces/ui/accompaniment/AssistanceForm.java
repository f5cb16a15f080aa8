package org.napacademy.interfaces.ui.accompaniment;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import java.util.List;
import org.napacademy.domain.model.accompaniment.Urgency;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.interfaces.ui.common.Choices;
import org.napacademy.interfaces.ui.common.DraftForm;

/** A delegate raises an assistance request: the module it is about (none for a general question), the question, its urgency. */
public class AssistanceForm extends DraftForm<AssistanceDraft> {
    final ComboBox<Module> topic = new ComboBox<>(getTranslation("assistance.topic"));
    final TextArea text = new TextArea(getTranslation("assistance.text"));
    final ComboBox<Urgency> urgency = Choices.of(getTranslation("assistance.urgency"), "assistance.urgency", EnumSet.allOf(Urgency.class));

    public AssistanceForm(List<Module> modules) {
        super(AssistanceDraft.class);
        topic.setItems(modules);
        topic.setItemLabelGenerator(module -> module.title().in(getLocale()));
        topic.setClearButtonVisible(true);
        topic.setHelperText(getTranslation("assistance.topic.help"));
        text.setMaxLength(4000);
        text.setMinHeight("8em");
        text.setHelperText(getTranslation("assistance.text.help"));
        layOut(topic, urgency, text);
        setColspan(text, 2);
    }
}
