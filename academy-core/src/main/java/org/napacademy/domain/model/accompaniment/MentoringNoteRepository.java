package org.napacademy.domain.model.accompaniment;

import java.util.List;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.shared.Repository;

/** Mentoring notes. */
public interface MentoringNoteRepository extends Repository<MentoringNote> {

    /** Newest first. */
    List<MentoringNote> ofDelegation(Delegation delegation);

    /** One page of {@link #ofDelegation(Delegation)}. */
    List<MentoringNote> ofDelegation(Delegation delegation, int offset, int limit);

    long countOf(Delegation delegation);

    /** Writes pending changes now, so constraint and version failures surface inside the caller's use case. */
    void flush();

    List<MentoringNote> ofRequest(AssistanceRequest request);
}
