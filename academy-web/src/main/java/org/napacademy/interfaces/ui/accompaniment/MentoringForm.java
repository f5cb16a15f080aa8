package org.napacademy.interfaces.ui.accompaniment;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.regex.Pattern;
import org.napacademy.domain.model.accompaniment.MentoringMode;
import org.napacademy.interfaces.ui.common.Choices;
import org.napacademy.interfaces.ui.common.LocalizedDateTimePicker;
import org.napacademy.interfaces.ui.common.DraftForm;

/** A trainer schedules (or moves) a request's mentoring session, in the wall-clock time of the cohort's venue. */
public class MentoringForm extends DraftForm<MentoringDraft> {
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");
    final DateTimePicker startsAt = new LocalizedDateTimePicker(getTranslation("assistance.session.startsAt"));
    final ComboBox<MentoringMode> mode = Choices.of(getTranslation("assistance.session.mode"), "assistance.mode", EnumSet.allOf(MentoringMode.class));
    final TextField meetingLink = new TextField(getTranslation("assistance.session.link"));

    public MentoringForm(ZoneId venueZone) {
        super(MentoringDraft.class);
        startsAt.setHelperText(getTranslation("assistance.session.zone", venueZone.getId()));
        startsAt.setStep(java.time.Duration.ofMinutes(15));
        meetingLink.setPlaceholder("https://");
        binder.forField(meetingLink)
                .withNullRepresentation("")
                .withValidator(url -> url == null || url.isBlank() || WEB_ADDRESS.matcher(url.strip()).matches(),
                        getTranslation("assistance.session.link.invalid"))
                .bind(MentoringDraft::getMeetingLink, MentoringDraft::setMeetingLink);
        layOut(startsAt, mode, meetingLink);
        setColspan(startsAt, 2);
        setColspan(meetingLink, 2);
    }
}
