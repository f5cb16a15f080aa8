package org.napacademy.interfaces.rest;

import java.time.LocalDateTime;
import java.util.Set;
import org.napacademy.domain.model.curriculum.Session;

/** A session as the API shows it; times are the venue's local time. */
public record SessionView(Long id, long version, Long cohortId, Long moduleId, String moduleCode, LocalDateTime startsAt,
                          LocalDateTime endsAt, String room, Set<String> trainers) {

    static SessionView of(Session session) {
        return new SessionView(session.id(), session.version(), session.cohort().id(), session.module().id(),
                session.module().code(), session.startsAt(), session.endsAt(), session.room().orElse(null), session.trainers());
    }
}
