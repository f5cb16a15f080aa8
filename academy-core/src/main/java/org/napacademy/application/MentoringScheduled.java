package org.napacademy.application;

import org.napacademy.domain.model.accompaniment.AssistanceRequest;

/** The request after its mentoring session was arranged; {@code firstSession} false when an earlier one was moved. */
public record MentoringScheduled(AssistanceRequest request, boolean firstSession) {
}
