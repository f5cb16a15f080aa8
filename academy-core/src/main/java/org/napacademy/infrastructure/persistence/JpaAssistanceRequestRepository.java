package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.napacademy.domain.model.accompaniment.AssistanceFilter;
import org.napacademy.domain.model.accompaniment.AssistanceOrder;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.AssistanceRequestRepository;
import org.napacademy.domain.model.accompaniment.AssistanceStatus;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.ReadScope;

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

    private static final String STATUS = "org.napacademy.domain.model.accompaniment.AssistanceStatus.";
    private static final String URGENCY = "org.napacademy.domain.model.accompaniment.Urgency.";
    /** Urgency and status are stored as text, so their ranks are spelled out for the database to sort by. */
    private static final String URGENCY_RANK = "case a.urgency when " + URGENCY + "HIGH then 3 when " + URGENCY + "MEDIUM then 2 else 1 end";
    private static final String OPEN_RANK = "case a.status when " + STATUS + "OPEN then 0 when " + STATUS + "CLOSED then 2 else 1 end";

    @Override public List<AssistanceRequest> queue(ReadScope scope, AssistanceFilter filter, AssistanceOrder order, int offset, int limit) {
        var where = new QueueQuery(scope, filter);
        if (where.showsNothing()) return List.of();
        var jpql = "select a from AssistanceRequest a join fetch a.delegation d join fetch d.country k join fetch d.cohort c "
                + "left join fetch a.topic t" + where.clause() + " order by " + orderBy(order) + ", a.raisedAt, a.id";
        return page(where.bind(em.createQuery(jpql, AssistanceRequest.class)), offset, limit);
    }

    @Override public long countQueue(ReadScope scope, AssistanceFilter filter) {
        var where = new QueueQuery(scope, filter);
        if (where.showsNothing()) return 0;
        return where.bind(em.createQuery("select count(a) from AssistanceRequest a join a.delegation d join d.country k "
                + "join d.cohort c left join a.topic t" + where.clause(), Long.class)).getSingleResult();
    }

    private static String orderBy(AssistanceOrder order) {
        return switch (order) {
            case OLDEST_OPEN_FIRST -> OPEN_RANK;
            case OLDEST_FIRST -> "a.raisedAt";
            case NEWEST_FIRST -> "a.raisedAt desc";
            case MOST_URGENT_FIRST -> URGENCY_RANK + " desc";
            case LEAST_URGENT_FIRST -> URGENCY_RANK;
        };
    }

    /** The scope (a trainer's cohorts, a delegate's delegation) and the filter as one where clause. */
    private static final class QueueQuery {
        private final ScopeFilter scope;
        private final AssistanceFilter filter;
        private final String clause;

        QueueQuery(ReadScope readScope, AssistanceFilter filter) {
            this.scope = ScopeFilter.of(readScope, ":trainer member of c.trainers", "d.id = :delegation", null);
            this.filter = filter;
            var parts = new ArrayList<String>();
            if (filter.status() != null) parts.add("a.status = :status");
            if (filter.urgency() != null) parts.add("a.urgency = :urgency");
            if (filter.moduleId() != null) parts.add("t.id = :module");
            if (filter.countryCode() != null) parts.add("k.iso2 = :country");
            var own = String.join(" and ", parts);
            var scoped = scope.where();
            if (scoped.isEmpty()) clause = own.isEmpty() ? "" : " where " + own;
            else clause = scoped + (own.isEmpty() ? "" : " and " + own);
        }

        boolean showsNothing() { return scope.showsNothing(); }

        String clause() { return clause; }

        <R> TypedQuery<R> bind(TypedQuery<R> query) {
            scope.bind(query);
            if (filter.status() != null) query.setParameter("status", filter.status());
            if (filter.urgency() != null) query.setParameter("urgency", filter.urgency());
            if (filter.moduleId() != null) query.setParameter("module", filter.moduleId());
            if (filter.countryCode() != null) query.setParameter("country", filter.countryCode());
            return query;
        }
    }
}
