package org.napacademy.domain.model.roadmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.OptionalLong;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.ReadScope;
import org.napacademy.domain.model.shared.Repository;

/** Roadmaps and the parts of their trees, for callers that start from a part. */
public interface RoadmapRepository extends Repository<Roadmap> {

    Optional<Roadmap> ofDelegation(Delegation delegation);

    List<Roadmap> ofCohort(Cohort cohort);

    /** The gathering's shared roadmap of the cohort, if it has one (a cohort has at most one). */
    default Optional<Roadmap> ofGathering(Cohort cohort) {
        return ofCohort(cohort).stream().filter(Roadmap::isGatheringRoadmap).findFirst();
    }

    /**
     * The roadmap with its delegation, country and whole tree (goals, children, budget lines, indicators,
     * periods, measurements and the modules nodes were drafted in) loaded in a bounded number of queries,
     * whatever the size of the tree.
     */
    Optional<Roadmap> whole(long id);

    /**
     * The roadmap and its whole tree as {@link #whole}, but read-only: the shared instances of the persistence
     * provider's cache, not copies registered for change, so reading a large tree costs no working copies.
     * Callers only read them, never change them.
     */
    Optional<Roadmap> wholeReadOnly(long id);

    /**
     * The revision of each of the cohort's delegations' roadmaps (not a gathering's shared one), by roadmap id in id order:
     * read from the database, raised in every transaction that writes the roadmap or its tree.
     */
    Map<Long, Long> delegationRoadmapRevisions(Cohort cohort);

    /**
     * Delegations' roadmaps with their whole trees, read-only as {@link #wholeReadOnly}, in a number of queries that
     * does not grow with the roadmaps; ids of no roadmap, or of a gathering's shared one, are left out.
     */
    List<Roadmap> wholeDelegationRoadmapsToRead(Collection<Long> ids);
    /**
     * The roadmap with its cohort and delegation, and nothing of its tree: what deciding who may read it needs. Read-only
     * as {@link #wholeReadOnly}: callers never change it.
     */
    Optional<Roadmap> withCohortAndDelegation(long id);

    /**
     * The revision of the roadmap's whole document, read from the database: raised in the same transaction as every
     * write of the roadmap or of anything in its tree. Empty when there is no such roadmap.
     */
    OptionalLong revision(long id);

    /**
     * A page of whole roadmaps (as {@link #whole}, with their cohorts), newest cohort first, then by
     * country code. Implementations should load the page's trees in a bounded number of queries.
     */
    List<Roadmap> wholePage(int offset, int limit);

    /** A page of the whole roadmaps the scope shows, ordered as {@link #wholePage(int, int)}. */
    default List<Roadmap> wholePage(ReadScope scope, int offset, int limit) { return wholePage(scope, RoadmapFilter.ALL, offset, limit); }

    /** A page of the whole roadmaps the scope shows that pass the filter, in its order (then by country and id). */
    List<Roadmap> wholePage(ReadScope scope, RoadmapFilter filter, int offset, int limit);

    default long count(ReadScope scope) { return count(scope, RoadmapFilter.ALL); }

    long count(ReadScope scope, RoadmapFilter filter);

    Optional<ResultNode> node(long id);

    /**
     * The nodes of these delegations' roadmaps whose schedule ends between {@code from} and {@code to} (both
     * included) and whose status is none of {@code finished}, with their roadmaps, by end date then id.
     */
    List<ResultNode> ending(Collection<Delegation> delegations, LocalDate from, LocalDate to, Set<ProgressStatus> finished);

    /** How many nodes {@link #ending} finds, counted in the database. */
    long countEnding(Collection<Delegation> delegations, LocalDate from, LocalDate to, Set<ProgressStatus> finished);

    /** Every node of the roadmap, by id; {@link Roadmap#nodes()} gives tree order. */
    List<ResultNode> nodesOf(Roadmap roadmap);

    Optional<Indicator> indicator(long id);

    List<Indicator> indicatorsOf(ResultNode node);

    Optional<Period> period(long id);

    /** With their measurements, oldest first. */
    List<Period> periodsOf(Indicator indicator);

    /**
     * Raises the period's version at flush although only its measurements (entities of their own) changed, so a
     * write of its targets that read an older version is refused rather than silently replacing this one.
     */
    void touch(Period period);

    Optional<Measurement> measurement(long id);

    /** Deletes a node that was detached from its parent, with its subtree, indicators and measurements. */
    void removeNode(ResultNode node);

    /** Writes pending changes now, so constraint and version failures surface inside the caller's use case. */
    void flush();
}
