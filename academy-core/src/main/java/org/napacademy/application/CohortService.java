package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.country.CountryRepository;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.curriculum.SessionRepository;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortRepository;
import org.napacademy.domain.model.programme.CohortRuleViolation;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.programme.CohortFilter;
import org.napacademy.domain.model.programme.CohortSummary;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.shared.DateRange;

/** Cohorts: planning them, moving them through their life, assigning their trainers. */
@ApplicationScoped
@Transactional
public class CohortService {

    static final String COHORT = "cohort";
    static final String DEFAULT_TIME_ZONE = "UTC";

    @Inject CohortRepository cohorts;
    @Inject ProgrammeService programmes;
    @Inject CountryRepository countries;
    @Inject DelegationRepository delegations;
    @Inject SessionRepository sessions;
    @Inject AccessPolicy access;

    /** The cohorts the actor may read, newest first; one query whatever the page size. */
    public List<CohortSummary> summaries(int offset, int limit) { return summaries(CohortFilter.ALL, offset, limit); }

    /** A page of the cohorts the user may see that pass the filter, in its order. */
    public List<CohortSummary> summaries(CohortFilter filter, int offset, int limit) {
        access.requireSignedIn();
        return cohorts.summaries(access.cohortScope(), filter, offset, limit);
    }

    public long countCohorts() { return countCohorts(CohortFilter.ALL); }

    public long countCohorts(CohortFilter filter) {
        access.requireSignedIn();
        return cohorts.count(access.cohortScope(), filter);
    }

    /** Trainers' usernames by cohort id, for the cohorts of a page of summaries. */
    public Map<Long, Set<String>> trainersOf(Collection<Long> cohortIds) { return cohorts.trainersOf(cohortIds); }

    public Cohort cohort(long id) {
        var cohort = cohorts.find(id).orElseThrow(() -> new EntityNotFound(COHORT, id));
        access.requireReadable(cohort);
        return cohort;
    }

    public CohortDetails details(long id) { return detailsOf(cohort(id)); }

    public CohortDetails create(CohortDraft draft) {
        access.requirePlanning();
        if (draft.programmeId() == null) throw new IllegalArgumentException("programmeId is required");
        var programme = programmes.programme(draft.programmeId());
        var cohort = new Cohort(programme, draft.name(), venueOf(draft), datesOf(draft));
        if (draft.trainers() != null) draft.trainers().forEach(cohort::assignTrainer);
        cohorts.add(cohort);
        cohorts.flush();
        return detailsOf(cohort);
    }

    /** Venue and dates change only while the cohort is planned, and the dates must keep its sessions. */
    public CohortDetails update(long id, long expectedVersion, CohortDraft draft) {
        var cohort = current(id, expectedVersion);
        if (draft.programmeId() != null && !draft.programmeId().equals(cohort.programme().id()))
            throw new CohortRuleViolation("A cohort stays in its programme");
        cohort.rename(draft.name());
        var venue = venueOf(draft);
        if (!venue.equals(cohort.venue())) cohort.relocate(venue);
        var dates = datesOf(draft);
        if (!dates.equals(cohort.dates())) reschedule(cohort, dates);
        if (draft.trainers() != null) replaceTrainers(cohort, draft.trainers());
        cohorts.flush();
        return detailsOf(cohort);
    }

    /** {@code expectedVersion} null: the transition rules alone guard the change. */
    public CohortDetails changeStatus(long id, Long expectedVersion, CohortStatus status) {
        var cohort = plannable(id);
        if (expectedVersion != null) Versions.requireCurrent(cohort, COHORT, expectedVersion);
        if (status == null) throw new IllegalArgumentException("status is required");
        if (status != cohort.status()) {
            switch (status) {
                case PLANNED -> throw new CohortRuleViolation("A " + cohort.status() + " cohort cannot become PLANNED again");
                case IN_SESSION -> cohort.startSessions();
                case ACCOMPANIMENT -> cohort.startAccompaniment();
                case CLOSED -> cohort.close();
            }
        }
        cohorts.flush();
        return detailsOf(cohort);
    }

    public CohortDetails replaceTrainers(long id, long expectedVersion, Set<String> usernames) {
        var cohort = current(id, expectedVersion);
        replaceTrainers(cohort, usernames);
        cohorts.flush();
        return detailsOf(cohort);
    }

    /** Only a cohort without delegations goes; its sessions go with it. */
    public void delete(long id, long expectedVersion) {
        var cohort = current(id, expectedVersion);
        if (delegations.countOf(cohort) > 0)
            throw new CohortRuleViolation("Cohort " + cohort + " has delegations; delete them first");
        sessions.ofCohort(cohort).forEach(sessions::remove);
        cohorts.remove(cohort);
        cohorts.flush();
    }

    private Cohort plannable(long id) {
        var cohort = cohorts.find(id).orElseThrow(() -> new EntityNotFound(COHORT, id));
        access.requireCohortPlanning(cohort);
        return cohort;
    }

    private Cohort current(long id, long expectedVersion) {
        var cohort = plannable(id);
        Versions.requireCurrent(cohort, COHORT, expectedVersion);
        return cohort;
    }

    private void reschedule(Cohort cohort, DateRange dates) {
        sessions.ofCohort(cohort).stream().filter(session -> !fits(session, dates)).findFirst().ifPresent(session -> {
            throw new CohortRuleViolation("Session " + session + " would fall outside the new dates " + dates);
        });
        cohort.reschedule(dates);
    }

    private static boolean fits(Session session, DateRange dates) {
        return dates.contains(session.startsAt().toLocalDate()) && dates.contains(session.endsAt().toLocalDate());
    }

    /** A trainer who runs sessions of the cohort stays until released from them. */
    private void replaceTrainers(Cohort cohort, Set<String> usernames) {
        if (usernames == null) throw new IllegalArgumentException("trainers are required");
        var leaving = new HashSet<>(cohort.trainers());
        leaving.removeAll(usernames);
        sessions.ofCohort(cohort).forEach(session -> session.trainers().stream().filter(leaving::contains).findFirst()
                .ifPresent(trainer -> {
                    throw new CohortRuleViolation(trainer + " runs session " + session + "; release them from it first");
                }));
        leaving.forEach(cohort::releaseTrainer);
        usernames.forEach(cohort::assignTrainer);
    }

    private Venue venueOf(CohortDraft draft) {
        var countryCode = draft.countryCode();
        if (countryCode == null || countries.find(countryCode).isEmpty())
            throw new IllegalArgumentException("not a country of the platform: " + countryCode);
        var city = draft.city();
        var venueName = draft.venueName() == null || draft.venueName().isBlank() ? city : draft.venueName();
        return new Venue(venueName, city, countryCode, timeZoneOf(draft.timeZone()));
    }

    private static String timeZoneOf(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) return DEFAULT_TIME_ZONE;
        try {
            return ZoneId.of(timeZone.trim()).getId();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not an IANA time zone: " + timeZone);
        }
    }

    private static DateRange datesOf(CohortDraft draft) { return new DateRange(draft.startDate(), draft.endDate()); }

    /** Loads what the callers show (programme name, trainers) while the transaction is open. */
    private CohortDetails detailsOf(Cohort cohort) {
        cohort.programme().name();
        cohort.trainers();
        return new CohortDetails(cohort, delegations.countOf(cohort));
    }
}
