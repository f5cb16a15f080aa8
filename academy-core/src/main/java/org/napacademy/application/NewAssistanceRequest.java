package org.napacademy.application;

import org.napacademy.domain.model.accompaniment.Urgency;

/** A delegation's question; {@code moduleId} null for a general one. */
public record NewAssistanceRequest(Long moduleId, String raisedBy, String text, Urgency urgency) {
}
