package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortStatus;

@ApplicationScoped
public class JpaDelegationRepository extends JpaRepository<Delegation> implements DelegationRepository {

    private static final String OPEN_COHORTS = "select d from Delegation d join fetch d.country k join fetch d.cohort c where c.status <> ?1";
    private static final String ORDERED_BY_COHORT = " order by c.dates.startDate desc, k.iso2, d.id";

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

    @Override public List<Participant> participantsOf(Delegation delegation, int offset, int limit) {
        return page(em.createQuery("select p from Participant p where p.delegation = ?1 order by p.familyName, p.givenName, p.id",
                Participant.class).setParameter(1, delegation), offset, limit);
    }

    @Override public long countParticipants(Delegation delegation) {
        return single("select count(p) from Participant p where p.delegation = ?1", Long.class, delegation).orElse(0L);
    }

    @Override public List<Participant> participantsInCohort(Cohort cohort) {
        return list("select p from Participant p join fetch p.delegation d join fetch d.country c where d.cohort = ?1 "
                + "order by c.name.en, p.familyName, p.givenName, p.id", Participant.class, cohort);
    }

    @Override public Map<Long, Long> participantCounts(Cohort cohort) {
        return list("select p.delegation.id, count(p) from Participant p where p.delegation.cohort = ?1 group by p.delegation.id",
                Object[].class, cohort).stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @Override public long countOf(Cohort cohort) {
        return single("select count(d) from Delegation d where d.cohort = ?1", Long.class, cohort).orElse(0L);
    }

    @Override public List<Delegation> inOpenCohorts() {
        return list(OPEN_COHORTS + ORDERED_BY_COHORT, Delegation.class, CohortStatus.CLOSED);
    }

    @Override public List<Delegation> inOpenCohortsTrainedBy(String trainer) {
        return list(OPEN_COHORTS + " and ?2 member of c.trainers" + ORDERED_BY_COHORT, Delegation.class, CohortStatus.CLOSED, trainer);
    }

    @Override public void removeParticipant(Participant participant) { em.remove(participant); }

    @Override public void flush() { em.flush(); }
}
