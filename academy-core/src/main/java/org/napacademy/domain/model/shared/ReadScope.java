package org.napacademy.domain.model.shared;

import java.util.Set;

/**
 * What a list may show one actor, for repositories to filter in their queries rather than after loading
 * everything. The parts add up (an actor with two roles sees both); each repository says what a part
 * means for its rows.
 *
 * @param everything   no filter at all
 * @param trainer      the username of a trainer: the cohorts they train
 * @param delegationId a delegate's delegation: its own rows and its cohort's
 * @param programmeIds a sponsor's programmes
 */
public record ReadScope(boolean everything, String trainer, Long delegationId, Set<Long> programmeIds) {

    public static final ReadScope EVERYTHING = new ReadScope(true, null, null, Set.of());
    public static final ReadScope NOTHING = new ReadScope(false, null, null, Set.of());

    public ReadScope {
        programmeIds = Set.copyOf(programmeIds);
    }

    public boolean isEmpty() {
        return !everything && trainer == null && delegationId == null && programmeIds.isEmpty();
    }
}
