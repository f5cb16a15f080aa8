package org.napacademy.application;

import org.napacademy.domain.model.shared.LocalizedText;

/**
 * The facts of a curriculum module. {@code programmeId} and {@code code} are required to create one and
 * fixed afterwards (null on update keeps them). {@code description} and {@code learningObjectives} may be null.
 */
public record ModuleDraft(Long programmeId, String code, LocalizedText title, LocalizedText description,
                          LocalizedText learningObjectives, int durationMinutes, int displayOrder) {
}
