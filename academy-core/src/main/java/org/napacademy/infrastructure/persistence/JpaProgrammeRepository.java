package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ProgrammeFilter;
import org.napacademy.domain.model.programme.ProgrammeRepository;
import org.napacademy.domain.model.programme.ProgrammeSummary;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.domain.model.shared.ReadScope;
import org.napacademy.domain.model.shared.TextSearch;

@ApplicationScoped
public class JpaProgrammeRepository extends JpaRepository<Programme> implements ProgrammeRepository {
    /** The figures of a programme, each a subquery the list also sorts by (through its result variable). */
    private static final String FIGURES = "(select count(c) from Cohort c where c.programme = p) as cohorts, "
            + "(select count(distinct d.country) from Delegation d where d.cohort.programme = p) as delegations, "
            + "(select count(r) from Roadmap r where r.cohort.programme = p) as roadmaps, "
            + "(select count(e) from Roadmap e where e.cohort.programme = p and e.status = :endorsed) as endorsed";
    private static final Map<String, String> SORTED_BY = Map.of("name", "lower(p.name)", "cohorts", "cohorts",
            "delegations", "delegations", "roadmaps", "roadmaps", "endorsed", "endorsed");

    public JpaProgrammeRepository() { super(Programme.class); }

    JpaProgrammeRepository(EntityManager em) { super(Programme.class, em); }

    @Override public List<Programme> page(ReadScope scope, int offset, int limit) {
        var filter = filter(scope);
        if (filter.showsNothing()) return List.of();
        return page(filter.bind(em.createQuery("select p from Programme p" + filter.where() + " order by p.id", Programme.class)), offset, limit);
    }

    @Override public long count(ReadScope scope) {
        var filter = filter(scope);
        if (filter.showsNothing()) return 0;
        return filter.bind(em.createQuery("select count(p) from Programme p" + filter.where(), Long.class)).getSingleResult();
    }

    @Override public List<ProgrammeSummary> summaries(ReadScope scope, ProgrammeFilter filter, int offset, int limit) {
        var visible = filter(scope);
        if (visible.showsNothing()) return List.of();
        var direction = filter.order().ascending() ? " asc" : " desc";
        var query = em.createQuery("select p.id, p.version, p.name, " + FIGURES + " from Programme p where 1 = 1"
                + visible.and() + condition(filter) + " order by " + SORTED_BY.get(filter.order().property()) + direction
                + ", p.id" + direction, Object[].class).setParameter("endorsed", RoadmapStatus.ENDORSED);
        var rows = page(bind(visible.bind(query), filter), offset, limit);
        var languages = languagesOf(rows.stream().map(row -> (Long) row[0]).toList());
        return rows.stream().map(row -> new ProgrammeSummary((Long) row[0], ((Number) row[1]).longValue(), (String) row[2],
                languages.getOrDefault((Long) row[0], Set.of()), count(row[3]), count(row[4]), count(row[5]), count(row[6])))
                .toList();
    }

    @Override public long count(ReadScope scope, ProgrammeFilter filter) {
        var visible = filter(scope);
        if (visible.showsNothing()) return 0;
        var query = em.createQuery("select count(p) from Programme p where 1 = 1" + visible.and() + condition(filter), Long.class);
        return bind(visible.bind(query), filter).getSingleResult();
    }

    private Map<Long, Set<String>> languagesOf(List<Long> programmeIds) {
        var languages = new HashMap<Long, Set<String>>();
        if (programmeIds.isEmpty()) return languages;
        em.createQuery("select p.id, l from Programme p join p.languages l where p.id in :ids", Object[].class)
                .setParameter("ids", programmeIds).getResultList()
                .forEach(row -> languages.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]));
        return languages;
    }

    private static long count(Object value) { return value == null ? 0 : ((Number) value).longValue(); }

    private static String condition(ProgrammeFilter filter) {
        return TextSearch.containing(filter.text()).isPresent() ? " and lower(p.name) like :text escape '\\'" : "";
    }

    private static <R> TypedQuery<R> bind(TypedQuery<R> query, ProgrammeFilter filter) {
        TextSearch.containing(filter.text()).ifPresent(text -> query.setParameter("text", text));
        return query;
    }

    /** The programmes of a trainer's cohorts, of a delegate's cohort, a sponsor's own. */
    private static ScopeFilter filter(ReadScope scope) {
        return ScopeFilter.of(scope, "exists (select c from Cohort c where c.programme = p and :trainer member of c.trainers)",
                "exists (select d from Delegation d where d.id = :delegation and d.cohort.programme = p)", "p.id in :programmes");
    }

    @Override public void flush() { em.flush(); }
}
