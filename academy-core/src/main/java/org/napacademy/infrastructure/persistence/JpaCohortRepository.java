package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortRepository;
import org.napacademy.domain.model.programme.CohortSummary;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.shared.ReadScope;

@ApplicationScoped
public class JpaCohortRepository extends JpaRepository<Cohort> implements CohortRepository {

    public JpaCohortRepository() { super(Cohort.class); }

    JpaCohortRepository(EntityManager em) { super(Cohort.class, em); }

    @Override public List<Cohort> ofProgramme(Programme programme) {
        return list("select c from Cohort c where c.programme = ?1 order by c.dates.startDate desc", Cohort.class, programme);
    }

    @Override public List<Cohort> trainedBy(String username) {
        return list("select c from Cohort c where ?1 member of c.trainers order by c.dates.startDate desc", Cohort.class, username);
    }

    @Override public List<CohortSummary> summaries(int offset, int limit) { return summaries(ReadScope.EVERYTHING, offset, limit); }

    @Override public List<CohortSummary> summaries(ReadScope scope, int offset, int limit) {
        var filter = filter(scope);
        if (filter.showsNothing()) return List.of();
        return page(filter.bind(em.createQuery("select new org.napacademy.domain.model.programme.CohortSummary("
                + "c.id, c.version, p.id, p.name, c.name, c.venue.name, c.venue.city, c.venue.countryCode, c.venue.timeZone, "
                + "c.dates.startDate, c.dates.endDate, c.status, (select count(d) from Delegation d where d.cohort = c)) "
                + "from Cohort c join c.programme p" + filter.where() + " order by c.dates.startDate desc, c.id desc", CohortSummary.class)),
                offset, limit);
    }

    @Override public long count(ReadScope scope) {
        var filter = filter(scope);
        if (filter.showsNothing()) return 0;
        return filter.bind(em.createQuery("select count(c) from Cohort c join c.programme p" + filter.where(), Long.class)).getSingleResult();
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
