package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapFilter;
import org.napacademy.domain.model.roadmap.RoadmapRepository;
import org.napacademy.domain.model.shared.ReadScope;
import org.napacademy.domain.model.shared.TextSearch;

@ApplicationScoped
public class JpaRoadmapRepository extends JpaRepository<Roadmap> implements RoadmapRepository {
    /** The JPQL of each property a roadmap list sorts by. */
    private static final Map<String, String> SORTED_BY = Map.of("country", "k.iso2", "cohort", "lower(c.name)",
            "title", "lower(r.title)", "status", "r.status", "start", "c.dates.startDate");


    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";
    private static final String READ_ONLY = "eclipselink.read-only";

    /** Nodes of the delegations ?1 ending between ?2 and ?3 whose status is not in ?4 (an index on end date and status serves it). */
    private static final String ENDING = " where r.delegation in ?1 and n.schedule.endDate between ?2 and ?3 and n.status not in ?4";

    public JpaRoadmapRepository() { super(Roadmap.class); }

    JpaRoadmapRepository(EntityManager em) { super(Roadmap.class, em); }

    @Override public Optional<Roadmap> ofDelegation(Delegation delegation) {
        return single("select r from Roadmap r where r.delegation = ?1", Roadmap.class, delegation);
    }

    @Override public List<Roadmap> ofCohort(Cohort cohort) {
        return list("select r from Roadmap r left join fetch r.delegation d where r.cohort = ?1 order by r.id", Roadmap.class, cohort);
    }

    @Override public Optional<Roadmap> ofGathering(Cohort cohort) {
        return single("select r from Roadmap r where r.cohort = ?1 and r.delegation is null order by r.id", Roadmap.class, cohort);
    }

    /**
     * Two queries for the roadmap and its nodes; EclipseLink batch reading (IN lists over the nodes just
     * read) then loads each collection of the tree in one more query per collection level, instead of one
     * query per node.
     */
    @Override public Optional<Roadmap> whole(long id) { return whole(id, false); }

    /**
     * As {@link #whole}, with EclipseLink's read-only hint on every query: the cache's shared instances come back
     * (their batch-loaded collections stay loaded there), so a warm read registers nothing in the unit of work.
     */
    @Override public Optional<Roadmap> wholeReadOnly(long id) { return whole(id, !isShared(id)); }

    /**
     * Whether the roadmap is a gathering's shared one: those are read as working copies, because a read-only read
     * leaves the delegations of their endorsements (an element collection's references) unset.
     */
    private boolean isShared(long id) {
        return em.createQuery("select count(r) from Roadmap r where r.id = :id and r.delegation is null", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    private Optional<Roadmap> whole(long id, boolean readOnly) {
        var roadmap = em.createQuery("select r from Roadmap r join fetch r.cohort left join fetch r.delegation d left join fetch d.country "
                        + "where r.id = :id", Roadmap.class)
                .setParameter("id", id).setHint(READ_ONLY, readOnly).setMaxResults(1).getResultStream().findFirst();
        roadmap.ifPresent(r -> loadTrees(em.createQuery("select n from ResultNode n where n.roadmap = :roadmap", ResultNode.class)
                .setParameter("roadmap", r).setHint(READ_ONLY, readOnly), List.of(r)));
        return roadmap;
    }

    /**
     * Read-only (the access check only reads it): no working copy, no audit snapshot, nothing to compare at commit; and
     * no row limit, which would make EclipseLink prepare the statement again on every call (the id is unique anyway).
     */
    @Override public Optional<Roadmap> withCohortAndDelegation(long id) {
        return em.createQuery("select r from Roadmap r join fetch r.cohort left join fetch r.delegation where r.id = :id", Roadmap.class)
                .setParameter("id", id).setHint(READ_ONLY, true).getResultList().stream().findFirst();
    }

    /** Native: the column is not mapped, so the entity's own version logic never writes it (RoadmapRevisions does). */
    @Override public OptionalLong revision(long id) {
        var revisions = em.createNativeQuery("SELECT revision FROM roadmap WHERE id = ?1").setParameter(1, id).getResultList();
        return revisions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) revisions.get(0)).longValue());
    }

    @Override public Map<Long, Long> delegationRoadmapRevisions(Cohort cohort) {
        var revisions = new LinkedHashMap<Long, Long>();
        for (var row : (List<?>) em.createNativeQuery("SELECT id, revision FROM roadmap WHERE cohort_id = ?1 AND delegation_id IS NOT NULL ORDER BY id")
                .setParameter(1, cohort.id()).getResultList()) {
            var columns = (Object[]) row;
            revisions.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return revisions;
    }

    @Override public List<Roadmap> wholeDelegationRoadmapsToRead(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        var all = em.createQuery("select r from Roadmap r join fetch r.delegation d join fetch d.country where r.id in :ids order by r.id",
                Roadmap.class).setParameter("ids", ids).setHint(READ_ONLY, true).getResultList();
        if (!all.isEmpty())
            loadTrees(em.createQuery("select n from ResultNode n where n.roadmap in :roadmaps", ResultNode.class)
                    .setParameter("roadmaps", all).setHint(READ_ONLY, true), all);
        return all;
    }

    /** Three queries for the page, its cohorts and its goals, then one per collection level as in {@link #whole}. */
    @Override public List<Roadmap> wholePage(int offset, int limit) { return wholePage(ReadScope.EVERYTHING, offset, limit); }

    @Override public List<Roadmap> wholePage(ReadScope scope, RoadmapFilter filter, int offset, int limit) {
        var visible = filter(scope);
        if (visible.showsNothing()) return List.of();
        var direction = filter.order().ascending() ? " asc" : " desc";
        var query = em.createQuery("select r from Roadmap r left join fetch r.delegation d left join fetch d.country k "
                + "join fetch r.cohort c where 1 = 1" + visible.and() + conditions(filter)
                + " order by " + SORTED_BY.get(filter.order().property()) + direction + ", k.iso2, r.id", Roadmap.class);
        var page = page(bind(visible.bind(query), filter).setHint(BATCH_TYPE, "IN").setHint(BATCH, "r.goals"), offset, limit);
        if (!page.isEmpty())
            loadTrees(em.createQuery("select n from ResultNode n where n.roadmap in :roadmaps", ResultNode.class)
                    .setParameter("roadmaps", page), page);
        return page;
    }

    @Override public long count(ReadScope scope, RoadmapFilter filter) {
        var visible = filter(scope);
        if (visible.showsNothing()) return 0;
        var query = em.createQuery("select count(r) from Roadmap r left join r.delegation d left join d.country k join r.cohort c where 1 = 1"
                + visible.and() + conditions(filter), Long.class);
        return bind(visible.bind(query), filter).getSingleResult();
    }

    private static String conditions(RoadmapFilter filter) {
        var where = new StringBuilder();
        if (TextSearch.containing(filter.text()).isPresent()) {
            where.append(" and (lower(r.title) like :text escape '\\' or lower(c.name) like :text escape '\\'"
                    + " or lower(k.iso2) like :text escape '\\' or lower(k.name.en) like :text escape '\\'"
                    + " or lower(k.name.es) like :text escape '\\' or lower(k.name.pt) like :text escape '\\'"
                    + " or lower(k.name.fr) like :text escape '\\')");
        }
        if (filter.status() != null) where.append(" and r.status = :status");
        return where.toString();
    }

    private static <R> TypedQuery<R> bind(TypedQuery<R> query, RoadmapFilter filter) {
        TextSearch.containing(filter.text()).ifPresent(text -> query.setParameter("text", text));
        if (filter.status() != null) query.setParameter("status", filter.status());
        return query;
    }

    /**
     * The roadmaps of a trainer's cohorts; a delegate's own, those shared in their cohort and their gathering's shared
     * roadmap; a sponsor's endorsed ones.
     */
    private static ScopeFilter filter(ReadScope scope) {
        return ScopeFilter.of(scope, ":trainer member of c.trainers",
                "d.id = :delegation or ((r.sharedWithCohort = :shared or r.delegation is null) "
                        + "and exists (select d2 from Delegation d2 where d2.id = :delegation and d2.cohort = c))",
                "r.status = org.napacademy.domain.model.roadmap.RoadmapStatus.ENDORSED and c.programme.id in :programmes");
    }

    /** Reads the nodes with batch hints, then touches every collection so the batches run now. */
    private static void loadTrees(TypedQuery<ResultNode> nodesQuery, List<Roadmap> roadmaps) {
        var nodes = nodesQuery
                .setHint(BATCH_TYPE, "IN")
                .setHint(BATCH, "n.children")
                .setHint(BATCH, "n.budgetLines")
                .setHint(BATCH, "n.draftedIn")
                .setHint(BATCH, "n.assignedDelegation")
                .setHint(BATCH, "n.indicators")
                .setHint(BATCH, "n.indicators.periods")
                .setHint(BATCH, "n.indicators.periods.measurements")
                .getResultList();
        roadmaps.forEach(r -> r.goals().size());
        nodes.forEach(JpaRoadmapRepository::touchTree);
    }

    /** Instantiates the lazy collections of one node; batch reading turns the first touch into one query for all nodes. */
    private static void touchTree(ResultNode node) {
        node.children().size();
        node.budgetLines().size();
        node.draftedIn().ifPresent(Module::id);
        node.indicators().forEach(indicator -> indicator.periods().forEach(period -> period.measurements().size()));
    }

    @Override public Optional<ResultNode> node(long id) { return Optional.ofNullable(em.find(ResultNode.class, id)); }

    @Override public List<ResultNode> ending(Collection<Delegation> delegations, LocalDate from, LocalDate to, Set<ProgressStatus> finished) {
        if (delegations.isEmpty()) return List.of();
        return list("select n from ResultNode n join fetch n.roadmap r" + ENDING + " order by n.schedule.endDate, n.id", ResultNode.class,
                delegations, from, to, finished);
    }

    @Override public long countEnding(Collection<Delegation> delegations, LocalDate from, LocalDate to, Set<ProgressStatus> finished) {
        if (delegations.isEmpty()) return 0;
        return single("select count(n) from ResultNode n join n.roadmap r" + ENDING, Long.class, delegations, from, to, finished).orElse(0L);
    }

    @Override public List<ResultNode> nodesOf(Roadmap roadmap) {
        return list("select n from ResultNode n where n.roadmap = ?1 order by n.id", ResultNode.class, roadmap);
    }

    @Override public Optional<Indicator> indicator(long id) { return Optional.ofNullable(em.find(Indicator.class, id)); }

    @Override public List<Indicator> indicatorsOf(ResultNode node) {
        return list("select i from Indicator i where i.node = ?1 order by i.id", Indicator.class, node);
    }

    @Override public Optional<Period> period(long id) { return Optional.ofNullable(em.find(Period.class, id)); }

    @Override public List<Period> periodsOf(Indicator indicator) {
        return list("select distinct p from Period p left join fetch p.measurements where p.indicator = ?1 order by p.dates.startDate",
                Period.class, indicator);
    }

    @Override public Optional<Measurement> measurement(long id) { return Optional.ofNullable(em.find(Measurement.class, id)); }

    @Override public void touch(Period period) { em.lock(period, LockModeType.OPTIMISTIC_FORCE_INCREMENT); }

    @Override public void removeNode(ResultNode node) { em.remove(node); }

    @Override public void flush() { em.flush(); }
}
