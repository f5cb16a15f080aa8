package org.napacademy.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.roadmap.RoadmapRepository;
import org.napacademy.domain.model.shared.DomainRuleViolation;

/**
 * Bulk imports from files, all or nothing. Every row is checked by the same domain operations a single
 * creation uses, in one transaction: a preview rolls it back and answers what it found; an import commits
 * only when no row is bad, else it rolls back and throws {@link ImportFailed} with the report. Rows are
 * written in chunks of {@link #FLUSH_EVERY} while the file is read; the file itself is never held whole.
 */
@ApplicationScoped
@Transactional
public class ImportService {
    static final int FLUSH_EVERY = 500;

    @Inject DelegationRepository delegations;
    @Inject RoadmapRepository roadmaps;
    @Inject AccessPolicy access;
    @Resource TransactionSynchronizationRegistry transaction;

    public ImportReport previewParticipants(long delegationId, ImportSource<ImportedParticipant> source) {
        return preview(participantsInto(delegationId), source);
    }

    public ImportReport importParticipants(long delegationId, ImportSource<ImportedParticipant> source) {
        return store(participantsInto(delegationId), source);
    }

    public ImportReport previewActuals(long roadmapId, ImportSource<ImportedActual> source) {
        return preview(actualsInto(roadmapId), source);
    }

    public ImportReport importActuals(long roadmapId, ImportSource<ImportedActual> source) {
        return store(actualsInto(roadmapId), source);
    }

    /** Enrolment is the cohort's trainers' work, as for one participant. */
    private ParticipantImport participantsInto(long delegationId) {
        var delegation = delegations.find(delegationId).orElseThrow(() -> new EntityNotFound(DelegationService.DELEGATION, delegationId));
        access.requireCohortPlanning(delegation.cohort());
        return new ParticipantImport(delegation, delegations::flush);
    }

    /** Actuals are recorded by whoever may edit the roadmap, as for one actual. */
    private ActualImport actualsInto(long roadmapId) {
        var roadmap = roadmaps.whole(roadmapId).orElseThrow(() -> new EntityNotFound("roadmap", roadmapId));
        access.requireEditable(roadmap);
        return new ActualImport(roadmap, roadmaps::flush);
    }

    private <R> ImportReport preview(RowImport<R> kind, ImportSource<R> source) {
        var tally = run(kind, source, false);
        transaction.setRollbackOnly();
        return tally.report(false);
    }

    private <R> ImportReport store(RowImport<R> kind, ImportSource<R> source) {
        var tally = run(kind, source, true);
        if (tally.errorCount() > 0) throw new ImportFailed(tally.report(false));
        kind.flush();
        return tally.report(true);
    }

    static <R> ImportTally run(RowImport<R> kind, ImportSource<R> source, boolean writing) {
        var tally = new ImportTally(source);
        source.read(new ImportRows<>() {
            @Override public void fileError(RowError error) { tally.error(error); }

            @Override public void row(ParsedRow<R> row) {
                tally.read();
                if (row.value() == null) {
                    row.errors().forEach(tally::error);
                    return;
                }
                try {
                    switch (kind.apply(row.row(), row.value(), tally)) {
                        case CREATED -> created(row);
                        case SKIPPED -> tally.skipped();
                        case REFUSED -> { }
                    }
                } catch (DomainRuleViolation | IllegalArgumentException refused) {
                    tally.error(row.row(), "", refused.getMessage());
                }
            }

            private void created(ParsedRow<R> row) {
                tally.created(row.row(), kind.describe(row.value()));
                // once a row is bad nothing will be stored: the rest is only checked
                if (writing && tally.errorCount() == 0 && tally.rowsValid() % FLUSH_EVERY == 0) kind.flush();
            }
        });
        return tally;
    }
}
