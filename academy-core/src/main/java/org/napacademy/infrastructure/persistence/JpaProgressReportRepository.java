package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.accompaniment.ProgressReportRepository;
import org.napacademy.domain.model.accompaniment.ProgressReportStatus;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;

@ApplicationScoped
public class JpaProgressReportRepository extends JpaRepository<ProgressReport> implements ProgressReportRepository {

    public JpaProgressReportRepository() { super(ProgressReport.class); }

    JpaProgressReportRepository(EntityManager em) { super(ProgressReport.class, em); }

    @Override public List<ProgressReport> ofDelegation(Delegation delegation) {
        return list("select r from ProgressReport r where r.delegation = ?1 order by r.reportingPeriod.startDate desc",
                ProgressReport.class, delegation);
    }

    @Override public List<ProgressReport> awaitingReview(Cohort cohort) {
        return list("select r from ProgressReport r join fetch r.delegation d where d.cohort = ?1 and r.status = ?2 order by r.submittedAt",
                ProgressReport.class, cohort, ProgressReportStatus.SUBMITTED);
    }
}
