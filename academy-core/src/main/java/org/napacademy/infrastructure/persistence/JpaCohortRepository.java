package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortFilter;
import org.napacademy.domain.model.programme.CohortRepository;
import org.napacademy.domain.model.programme.CohortSummary;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.shared.ReadScope;
import org.napacademy.domain.model.shared.TextSearch;

@ApplicationScoped
public class JpaCohortRepository extends JpaRepository<Cohort> implements CohortRepository {
    /** The JPQL of each property a cohort list sorts by. */
    private static final Map<String, String> SORTED_BY = Map.of("name", "lower(c.name)", "programme", "lower(p.name)",
            "city", "lower(c.venue.city)", "start", "c.dates.startDate", "status", "c.status");

    public JpaCohortRepository() { super(Cohort.class); }

    JpaCohortRepository(EntityManager em) { super(Cohort.class, em); }

    @Override public List<Long> ids() { return list("select c.id from Cohort c order by c.id", Long.class); }

    @Override public List<Cohort> ofProgramme(Programme programme) {
        return list("select c from Cohort c where c.programme = ?1 order by c.dates.startDate desc", Cohort.class, programme);
    }

    @Override public List<Cohort> trainedBy(String username) {
        return list("select c from Cohort c where ?1 member of c.trainers order by c.dates.startDate desc", Cohort.class, username);
    }

    @Override public List<CohortSummary> summaries(int offset, int limit) { return summaries(ReadScope.EVERYTHING, offset, limit); }

    @Override public List<CohortSummary> summaries(ReadScope scope, CohortFilter filter, int offset, int limit) {
        var visible = filter(scope);
        if (visible.showsNothing()) return List.of();
        var order = filter.order();
        var query = em.createQuery("select new org.napacademy.domain.model.programme.CohortSummary("
                + "c.id, c.version, p.id, p.name, c.name, c.venue.name, c.venue.city, c.venue.countryCode, c.venue.timeZone, "
                + "c.dates.startDate, c.dates.endDate, c.status, (select count(d) from Delegation d where d.cohort = c)) "
                + "from Cohort c join c.programme p where 1 = 1" + visible.and() + conditions(filter)
                + " order by " + SORTED_BY.get(order.property()) + (order.ascending() ? " asc" : " desc")
                + ", c.id" + (order.ascending() ? " asc" : " desc"), CohortSummary.class);
        return page(bind(visible.bind(query), filter), offset, limit);
    }

    @Override public long count(ReadScope scope, CohortFilter filter) {
        var visible = filter(scope);
        if (visible.showsNothing()) return 0;
        var query = em.createQuery("select count(c) from Cohort c join c.programme p where 1 = 1" + visible.and()
                + conditions(filter), Long.class);
        return bind(visible.bind(query), filter).getSingleResult();
    }

    private static String conditions(CohortFilter filter) {
        var where = new StringBuilder();
        if (TextSearch.containing(filter.text()).isPresent()) {
            where.append(" and (lower(c.name) like :text escape '\\' or lower(p.name) like :text escape '\\'"
                    + " or lower(c.venue.city) like :text escape '\\')");
        }
        if (filter.status() != null) where.append(" and c.status = :status");
        return where.toString();
    }

    private static <R> TypedQuery<R> bind(TypedQuery<R> query, CohortFilter filter) {
        TextSearch.containing(filter.text()).ifPresent(text -> query.setParameter("text", text));
        if (filter.status() != null) query.setParameter("status", filter.status());
        return query;
    }

    /** A trainer's cohorts, a delegate's own, a sponsor's programmes'. */
    private static ScopeFilter filter(ReadScope scope) {
        return ScopeFilter.of(scope, ":trainer member of c.trainers",
                "exists (select d from Delegation d where d.id = :delegation and d.cohort = c)", "p.id in :programmes");
    }

    @Override public Map<Long, Set<String>> trainersOf(Collection<Long> cohortIds) {
        var trainers = new TreeMap<Long, Set<String>>();
        if (cohortIds.isEmpty()) return trainers;
        em.createQuery("select c.id, t from Cohort c join c.trainers t where c.id in ?1", Object[].class)
                .setParameter(1, cohortIds).getResultList()
                .forEach(row -> trainers.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]));
        return trainers;
    }

    @Override public void flush() { em.flush(); }
}
