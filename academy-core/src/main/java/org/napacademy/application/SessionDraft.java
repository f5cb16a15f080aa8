package org.napacademy.application;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * The facts of a session, in the venue's local time. {@code moduleId} is required to plan one and fixed
 * afterwards (null on update keeps it); {@code trainers} null leaves them as they are (none for a new session).
 */
public record SessionDraft(Long moduleId, LocalDateTime startsAt, LocalDateTime endsAt, String room, Set<String> trainers) {
}
