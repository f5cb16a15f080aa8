package org.napacademy.interfaces.ui.accompaniment;

import com.vaadin.flow.component.textfield.TextArea;
import org.napacademy.interfaces.ui.common.DraftForm;

/** A trainer answers a request; a later answer replaces the earlier one. */
public class AnswerForm extends DraftForm<AnswerDraft> {
    final TextArea answer = new TextArea(getTranslation("assistance.answer"));

    public AnswerForm() {
        super(AnswerDraft.class);
        answer.setMaxLength(4000);
        answer.setMinHeight("10em");
        layOut(answer);
        setColspan(answer, 2);
    }
}
