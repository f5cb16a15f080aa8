package org.napacademy.interfaces.ui.sessions;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.IntStream;
import org.napacademy.interfaces.ui.common.DraftForm;

/** A rating of 1 to 5, a comment and the participant's self-assessment before and after the session (1 to 5). */
public class FeedbackForm extends DraftForm<FeedbackBean> {
    final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation("feedback.rating"));
    final TextArea comment = new TextArea(getTranslation("feedback.comment"));
    final IntegerField preSelfAssessment = new IntegerField(getTranslation("feedback.pre"));
    final IntegerField postSelfAssessment = new IntegerField(getTranslation("feedback.post"));

    public FeedbackForm() {
        super(FeedbackBean.class);
        rating.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
        rating.setHelperText(getTranslation("feedback.rating.helper"));
        comment.setMaxLength(2000);
        for (var assessment : new IntegerField[] {preSelfAssessment, postSelfAssessment}) {
            assessment.setMin(1);
            assessment.setMax(5);
            assessment.setStepButtonsVisible(true);
            assessment.setHelperText(getTranslation("feedback.assessment.helper"));
        }
        layOut(rating, preSelfAssessment, postSelfAssessment, comment);
        setColspan(rating, 2);
        setColspan(comment, 2);
    }

    /** Empties the form for the next piece of feedback. */
    public void clear() { edit(new FeedbackBean(), false); }
}
