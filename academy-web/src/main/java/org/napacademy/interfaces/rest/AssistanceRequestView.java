package org.napacademy.interfaces.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.AssistanceStatus;
import org.napacademy.domain.model.accompaniment.MentoringMode;
import org.napacademy.domain.model.accompaniment.MentoringSlot;
import org.napacademy.domain.model.accompaniment.Urgency;
import org.napacademy.domain.model.curriculum.Module;

/**
 * An assistance request. {@code responseMinutes} runs from raising to the first answer; {@code mentoringStartsAt}
 * is the wall-clock time in {@code timeZone}, the IANA zone of the cohort's venue.
 */
public record AssistanceRequestView(Long id, long version, Long delegationId, String countryCode, Long moduleId, String raisedBy,
                                    String text, Urgency urgency, AssistanceStatus status, Instant raisedAt, String answer,
                                    String answeredBy, Instant answeredAt, Long responseMinutes, LocalDateTime mentoringStartsAt,
                                    MentoringMode mentoringMode, String meetingLink, String timeZone, Instant closedAt) {

    static AssistanceRequestView of(AssistanceRequest request) {
        var session = request.mentoringSession();
        return new AssistanceRequestView(request.id(), request.version(), request.delegation().id(),
                request.delegation().country().iso2(), request.topic().map(Module::id).orElse(null), request.raisedBy(),
                request.text(), request.urgency(), request.status(), request.raisedAt(), request.answer().orElse(null),
                request.answeredBy().orElse(null), request.answeredAt().orElse(null),
                request.responseTime().map(Duration::toMinutes).orElse(null),
                session.map(MentoringSlot::startsAt).orElse(null), session.map(MentoringSlot::mode).orElse(null),
                session.flatMap(MentoringSlot::meetingLink).orElse(null), request.timeZone().getId(),
                request.closedAt().orElse(null));
    }
}
