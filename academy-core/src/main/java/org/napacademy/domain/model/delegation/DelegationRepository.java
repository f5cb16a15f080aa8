package org.napacademy.domain.model.delegation;

import java.util.List;
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
}
