package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.AssistanceRequestRepository;
import org.napacademy.domain.model.accompaniment.AssistanceStatus;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;

@ApplicationScoped
public class JpaAssistanceRequestRepository extends JpaRepository<AssistanceRequest> implements AssistanceRequestRepository {

    public JpaAssistanceRequestRepository() { super(AssistanceRequest.class); }

    JpaAssistanceRequestRepository(EntityManager em) { super(AssistanceRequest.class, em); }

    @Override public List<AssistanceRequest> ofDelegation(Delegation delegation) {
        return list("select a from AssistanceRequest a where a.delegation = ?1 order by a.raisedAt desc", AssistanceRequest.class, delegation);
    }

    @Override public List<AssistanceRequest> ofDelegation(Delegation delegation, int offset, int limit) {
        var query = em.createQuery("select a from AssistanceRequest a where a.delegation = ?1 order by a.raisedAt desc, a.id desc",
                AssistanceRequest.class).setParameter(1, delegation);
        return page(query, offset, limit);
    }

    @Override public long countOf(Delegation delegation) {
        return single("select count(a) from AssistanceRequest a where a.delegation = ?1", Long.class, delegation).orElse(0L);
    }

    @Override public void flush() { em.flush(); }

    /** Urgency is stored as text, so the most urgent first is sorted here rather than by the database. */
    @Override public List<AssistanceRequest> inCohort(Cohort cohort, AssistanceStatus status) {
        return list("select a from AssistanceRequest a join fetch a.delegation d where d.cohort = ?1 and a.status = ?2 order by a.raisedAt",
                AssistanceRequest.class, cohort, status).stream()
                .sorted(Comparator.comparing(AssistanceRequest::urgency).reversed()).toList();
    }
}
