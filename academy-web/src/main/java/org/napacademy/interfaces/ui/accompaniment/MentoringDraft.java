package org.napacademy.interfaces.ui.accompaniment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.napacademy.domain.model.accompaniment.MentoringMode;
import org.napacademy.domain.model.accompaniment.MentoringSlot;

/** A request's mentoring session as the form edits it; the constraints mirror the REST MentoringSessionRequest. */
public class MentoringDraft {
    @NotNull private LocalDateTime startsAt;
    @NotNull private MentoringMode mode = MentoringMode.ONLINE;
    @Size(max = 500) private String meetingLink;

    static MentoringDraft of(MentoringSlot slot) {
        var draft = new MentoringDraft();
        draft.startsAt = slot.startsAt();
        draft.mode = slot.mode();
        draft.meetingLink = slot.meetingLink().orElse(null);
        return draft;
    }

    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public MentoringMode getMode() { return mode; }
    public void setMode(MentoringMode mode) { this.mode = mode; }
    public String getMeetingLink() { return meetingLink; }
    public void setMeetingLink(String meetingLink) { this.meetingLink = meetingLink; }
}
