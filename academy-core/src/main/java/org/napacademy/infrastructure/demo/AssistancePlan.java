package org.napacademy.infrastructure.demo;

import java.time.Instant;
import java.time.LocalDate;
import org.napacademy.domain.model.accompaniment.Urgency;

/** A delegation's request for technical help, the trainer's answer and the mentoring that followed. */
record AssistancePlan(String iso2, String moduleCode, String raisedBy, String request, Urgency urgency, Instant raisedAt,
                      String answer, Instant answeredAt, LocalDate mentoredOn, String mentoringNote) {
}
