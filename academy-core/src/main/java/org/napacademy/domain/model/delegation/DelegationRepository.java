package org.napacademy.domain.model.delegation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.Repository;

/** Delegations and their participants. */
public interface DelegationRepository extends Repository<Delegation> {

    /** With their countries, by country name. */
    List<Delegation> ofCohort(Cohort cohort);

    Optional<Delegation> of(Cohort cohort, Country country);

    /** By family name, then given name. */
    List<Participant> participantsOf(Delegation delegation);

    Optional<Participant> participant(long id);

    /** A page of the delegation's participants, by family name, then given name, then id. */
    List<Participant> participantsOf(Delegation delegation, int offset, int limit);

    long countParticipants(Delegation delegation);

    /** Participants of every delegation of the cohort, by country name, family name, given name. */
    List<Participant> participantsInCohort(Cohort cohort);

    /** Number of participants of each delegation of the cohort that has any, keyed by delegation id. */
    Map<Long, Long> participantCounts(Cohort cohort);

    long countOf(Cohort cohort);

    /** Every delegation of the cohorts that are not CLOSED, with country and cohort, by cohort start then country code. */
    List<Delegation> inOpenCohorts();

    /** The delegations of the cohorts the trainer trains that are not CLOSED, ordered as {@link #inOpenCohorts()}. */
    List<Delegation> inOpenCohortsTrainedBy(String trainer);

    /** Removes a participant that has left its delegation (see {@link Delegation#withdraw}). */
    void removeParticipant(Participant participant);

    /** Writes pending changes now, so constraint and version failures surface inside the caller. */
    void flush();
}
