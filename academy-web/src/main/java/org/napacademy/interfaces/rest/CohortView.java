package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.napacademy.application.CohortDetails;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.programme.CohortSummary;

/** A cohort as the API shows it; countryCode is the venue's ISO alpha-2 code, trainers are usernames. */
public record CohortView(Long id, long version, Long programmeId, String programmeName, String name, String venueName,
                         String city, String countryCode, String timeZone, LocalDate startDate, LocalDate endDate,
                         CohortStatus status, long delegationCount, Set<String> trainers) {

    static CohortView of(CohortDetails details) {
        var cohort = details.cohort();
        var venue = cohort.venue();
        return new CohortView(cohort.id(), cohort.version(), cohort.programme().id(), cohort.programme().name(),
                cohort.name(), venue.name(), venue.city(), venue.countryCode(), venue.timeZone().getId(),
                cohort.dates().start(), cohort.dates().end(), cohort.status(), details.delegationCount(), cohort.trainers());
    }

    static CohortView of(CohortSummary summary, Set<String> trainers) {
        return new CohortView(summary.id(), summary.version(), summary.programmeId(), summary.programmeName(),
                summary.name(), summary.venueName(), summary.city(), summary.countryCode(), summary.timeZone(),
                summary.startDate(), summary.endDate(), summary.status(), summary.delegationCount(),
                trainers == null ? Set.of() : new TreeSet<>(trainers));
    }
}
