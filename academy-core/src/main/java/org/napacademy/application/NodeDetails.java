package org.napacademy.application;

import org.napacademy.domain.model.roadmap.Pillar;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.shared.DateRange;

/**
 * The editable fields of a result node. On a new node a null pillar inherits the parent's and a null
 * status stays NOT_STARTED; {@code draftedInModuleId} null means no module.
 */
public record NodeDetails(String title, String description, Pillar pillar, String responsibleInstitution,
                          DateRange schedule, ProgressStatus status, Long draftedInModuleId) {
}
