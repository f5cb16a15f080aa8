package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.napacademy.application.NewMentoringSession;
import org.napacademy.domain.model.accompaniment.MentoringMode;

/**
 * A request's mentoring session: {@code startsAt} in the wall-clock time of the cohort's venue (the zone the
 * request's view names, as for training sessions), the mode and an optional web address to meet at; the version
 * of the request read (or If-Match).
 */
public record MentoringSessionRequest(@NotNull LocalDateTime startsAt, @NotNull MentoringMode mode,
                                      @Size(max = 500) String meetingLink, Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public MentoringSessionRequest(LocalDateTime startsAt, MentoringMode mode, String meetingLink, Long version) {
        this.startsAt = startsAt;
        this.mode = mode;
        this.meetingLink = meetingLink;
        this.version = version;
    }

    NewMentoringSession toCommand() { return new NewMentoringSession(startsAt, mode, meetingLink); }
}
