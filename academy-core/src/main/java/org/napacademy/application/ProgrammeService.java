package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.curriculum.ModuleRepository;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortRepository;
import org.napacademy.domain.model.programme.CohortRuleViolation;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ProgrammeFilter;
import org.napacademy.domain.model.programme.ProgrammeRepository;
import org.napacademy.domain.model.programme.ProgrammeSummary;
import org.napacademy.domain.model.programme.ReportingCalendar;
import org.napacademy.domain.model.programme.RoadmapTemplate;

/** Programmes: their names, languages and roadmap template. */
@ApplicationScoped
@Transactional
public class ProgrammeService {

    static final String PROGRAMME = "programme";

    @Inject ProgrammeRepository programmes;
    @Inject CohortRepository cohorts;
    @Inject ModuleRepository modules;
    @Inject AccessPolicy access;

    /** The programmes the actor may read, by id. */
    public List<Programme> page(int offset, int limit) {
        access.requireSignedIn();
        return programmes.page(access.programmeScope(), offset, limit);
    }

    public long count() {
        access.requireSignedIn();
        return programmes.count(access.programmeScope());
    }

    /** The programmes the actor may read, side by side with their figures (counted by the database). */
    public List<ProgrammeSummary> summaries(ProgrammeFilter filter, int offset, int limit) {
        access.requireSignedIn();
        return programmes.summaries(access.programmeScope(), filter, offset, limit);
    }

    public long countProgrammes(ProgrammeFilter filter) {
        access.requireSignedIn();
        return programmes.count(access.programmeScope(), filter);
    }

    /** The cohorts of a programme the actor may read, newest first; a programme holds a few dozen at most. */
    public List<Cohort> cohortsOf(long id) {
        var programme = programme(id);
        return cohorts.ofProgramme(programme).stream().filter(access::mayRead).toList();
    }

    public Programme programme(long id) {
        var programme = found(id);
        access.requireReadable(programme);
        return programme;
    }

    public Programme create(ProgrammeDraft draft) {
        access.requireAdministrator();
        var programme = new Programme(draft.name(), draft.description(), draft.languages());
        applyTemplate(programme, draft);
        if (draft.certificateThreshold() != null) programme.requireForCertificate(draft.certificateThreshold());
        programmes.add(programme);
        programmes.flush();
        return programme;
    }

    public Programme update(long id, long expectedVersion, ProgrammeDraft draft) {
        access.requireAdministrator();
        var programme = found(id);
        Versions.requireCurrent(programme, PROGRAMME, expectedVersion);
        programme.rename(draft.name());
        programme.describe(draft.description());
        programme.offerLanguages(draft.languages());
        applyTemplate(programme, draft);
        if (draft.certificateThreshold() != null) programme.requireForCertificate(draft.certificateThreshold());
        programmes.flush();
        return programme;
    }

    /** Only a programme without cohorts goes; its curriculum goes with it. */
    public void delete(long id, long expectedVersion) {
        access.requireAdministrator();
        var programme = found(id);
        Versions.requireCurrent(programme, PROGRAMME, expectedVersion);
        if (!cohorts.ofProgramme(programme).isEmpty())
            throw new CohortRuleViolation("Programme " + programme + " has cohorts; delete them first");
        modules.ofProgramme(programme).forEach(modules::remove);
        programmes.remove(programme);
        programmes.flush();
    }

    /** The check-in rhythm the programme set for its cohorts. */
    public ReportingCalendar reportingCalendar(long id) {
        return programme(id).reportingCalendar().orElseThrow(() -> new EntityNotFound("reporting calendar of programme", id));
    }

    /**
     * Sets or replaces the check-in rhythm of every cohort of the programme; the periods and their states
     * follow from it (see {@link ProgressService#reportingPeriods}), so nothing else is rewritten.
     */
    public Programme scheduleReporting(long id, Long expectedVersion, ReportingCalendar calendar) {
        access.requireReportingCalendar();
        var programme = found(id);
        if (expectedVersion != null) Versions.requireCurrent(programme, PROGRAMME, expectedVersion);
        programme.scheduleReporting(calendar);
        programmes.flush();
        return programme;
    }

    private Programme found(long id) {
        return programmes.find(id).orElseThrow(() -> new EntityNotFound(PROGRAMME, id));
    }

    private static void applyTemplate(Programme programme, ProgrammeDraft draft) {
        if (draft.vocabulary() != null) programme.useVocabulary(draft.vocabulary());
        if (draft.levels() == null && draft.tags() == null) return;
        var current = programme.template();
        programme.changeTemplate(new RoadmapTemplate(
                draft.levels() == null ? current.levels() : draft.levels(),
                draft.tags() == null ? current.tags() : draft.tags()));
    }
}
