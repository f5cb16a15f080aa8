package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.accompaniment.ProgressReportRepository;
import org.napacademy.domain.model.accompaniment.ProgressReportStatus;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.ResultNode;

@ApplicationScoped
public class JpaProgressReportRepository extends JpaRepository<ProgressReport> implements ProgressReportRepository {

    public JpaProgressReportRepository() { super(ProgressReport.class); }

    JpaProgressReportRepository(EntityManager em) { super(ProgressReport.class, em); }

    @Override public List<ProgressReport> ofDelegation(Delegation delegation) {
        return list("select r from ProgressReport r where r.delegation = ?1 order by r.reportingPeriod.startDate desc",
                ProgressReport.class, delegation);
    }

    @Override public List<ProgressReport> ofDelegation(Delegation delegation, int offset, int limit) {
        var query = em.createQuery("select r from ProgressReport r where r.delegation = ?1 order by r.reportingPeriod.startDate desc, r.id desc",
                ProgressReport.class).setParameter(1, delegation);
        return page(query, offset, limit);
    }

    @Override public List<ProgressReport> ofDelegations(Collection<Delegation> delegations) {
        if (delegations.isEmpty()) return List.of();
        return list("select r from ProgressReport r where r.delegation in ?1 order by r.reportingPeriod.startDate desc", ProgressReport.class,
                delegations);
    }

    @Override public long countOf(Delegation delegation) {
        return single("select count(r) from ProgressReport r where r.delegation = ?1", Long.class, delegation).orElse(0L);
    }

    @Override public boolean reportedOn(Collection<ResultNode> nodes) {
        if (nodes.isEmpty()) return false;
        return single("select count(c) from StatusChange c where c.node in ?1", Long.class, nodes).orElse(0L) > 0
                || single("select count(m) from ProgressReport r join r.newActuals m where m.period.indicator.node in ?1", Long.class, nodes).orElse(0L) > 0;
    }

    @Override public boolean anyBroughtByReport(Collection<Measurement> measurements) {
        if (measurements.isEmpty()) return false;
        return single("select count(r) from ProgressReport r join r.newActuals m where m in ?1", Long.class, measurements).orElse(0L) > 0;
    }

    @Override public void flush() { em.flush(); }

    @Override public List<ProgressReport> awaitingReview(Cohort cohort) {
        return list("select r from ProgressReport r join fetch r.delegation d where d.cohort = ?1 and r.status = ?2 order by r.submittedAt",
                ProgressReport.class, cohort, ProgressReportStatus.SUBMITTED);
    }
}
