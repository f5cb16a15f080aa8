package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Set;
import org.napacademy.application.SessionDraft;
import org.napacademy.domain.model.user.UserAccount;

/**
 * Body of POST /cohorts/{id}/sessions and PUT /sessions/{id}, in the venue's local time. moduleId is
 * required on POST and fixed afterwards; trainers absent keeps them. {@code version} is for PUT without If-Match.
 */
public record SessionRequest(
        @NotNull(groups = Creation.class) Long moduleId,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        @Size(max = 100) String room,
        Set<@NotNull @Pattern(regexp = UserAccount.USERNAME_PATTERN, message = "must be a username") String> trainers,
        Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public SessionRequest(Long moduleId, LocalDateTime startsAt, LocalDateTime endsAt, String room,
            Set<String> trainers, Long version) {
        this.moduleId = moduleId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.room = room;
        this.trainers = trainers;
        this.version = version;
    }

    SessionDraft toDraft() { return new SessionDraft(moduleId, startsAt, endsAt, room, trainers); }
}
