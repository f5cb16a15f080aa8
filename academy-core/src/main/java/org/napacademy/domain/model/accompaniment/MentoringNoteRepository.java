package org.napacademy.domain.model.accompaniment;

import java.util.List;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.shared.Repository;

/** Mentoring notes. */
public interface MentoringNoteRepository extends Repository<MentoringNote> {

    /** Newest first. */
    List<MentoringNote> ofDelegation(Delegation delegation);

    List<MentoringNote> ofRequest(AssistanceRequest request);
}
