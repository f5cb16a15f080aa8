package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.programme.Cohort;

@ApplicationScoped
public class JpaDelegationRepository extends JpaRepository<Delegation> implements DelegationRepository {

    public JpaDelegationRepository() { super(Delegation.class); }

    JpaDelegationRepository(EntityManager em) { super(Delegation.class, em); }

    @Override public List<Delegation> ofCohort(Cohort cohort) {
        return list("select d from Delegation d join fetch d.country where d.cohort = ?1 order by d.country.name.en", Delegation.class, cohort);
    }

    @Override public Optional<Delegation> of(Cohort cohort, Country country) {
        return single("select d from Delegation d where d.cohort = ?1 and d.country = ?2", Delegation.class, cohort, country);
    }

    @Override public List<Participant> participantsOf(Delegation delegation) {
        return list("select p from Participant p where p.delegation = ?1 order by p.familyName, p.givenName", Participant.class, delegation);
    }

    @Override public Optional<Participant> participant(long id) { return Optional.ofNullable(em.find(Participant.class, id)); }
}
