package org.napacademy.interfaces.ui.accompaniment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import org.napacademy.interfaces.ui.common.DraftForm;
import org.napacademy.interfaces.ui.common.LocalizedDatePicker;

/** A trainer logs the mentoring given on a request: the day and what was done. */
public class NoteForm extends DraftForm<NoteDraft> {
    final DatePicker date = new LocalizedDatePicker(getTranslation("assistance.note.date"));
    final TextArea note = new TextArea(getTranslation("assistance.note.text"));

    public NoteForm() {
        super(NoteDraft.class);
        date.setLocale(getLocale());
        note.setMaxLength(4000);
        note.setMinHeight("8em");
        layOut(date, note);
        setColspan(note, 2);
    }
}
