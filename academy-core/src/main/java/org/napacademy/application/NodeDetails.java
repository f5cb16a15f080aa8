package org.napacademy.application;

import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.shared.DateRange;

/**
 * The editable fields of a result node. On a new node a null tag inherits the parent's and a null
 * status stays NOT_STARTED; {@code draftedInModuleId} null means no module. On an existing node a null tag keeps
 * it. {@code assignedDelegationId}: on a gathering's shared roadmap, the delegation carrying it out (null: none).
 */
public record NodeDetails(String title, String description, String tag, String responsibleInstitution,
                          DateRange schedule, ProgressStatus status, Long draftedInModuleId,
                          Long assignedDelegationId) {
}
