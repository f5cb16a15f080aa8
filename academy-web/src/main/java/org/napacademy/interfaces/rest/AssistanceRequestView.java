package org.napacademy.interfaces.rest;

import java.time.Instant;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.AssistanceStatus;
import org.napacademy.domain.model.accompaniment.Urgency;
import org.napacademy.domain.model.curriculum.Module;

public record AssistanceRequestView(Long id, long version, Long delegationId, Long moduleId, String raisedBy, String text,
                                    Urgency urgency, AssistanceStatus status, Instant raisedAt, String answer,
                                    String answeredBy, Instant answeredAt) {

    static AssistanceRequestView of(AssistanceRequest request) {
        return new AssistanceRequestView(request.id(), request.version(), request.delegation().id(),
                request.topic().map(Module::id).orElse(null), request.raisedBy(), request.text(), request.urgency(),
                request.status(), request.raisedAt(), request.answer().orElse(null), request.answeredBy().orElse(null),
                request.answeredAt().orElse(null));
    }
}
