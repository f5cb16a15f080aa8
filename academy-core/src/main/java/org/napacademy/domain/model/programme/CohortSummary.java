package org.napacademy.domain.model.programme;

import java.time.LocalDate;

/**
 * A cohort as lists show it, read in one query with its programme's name and its number of delegations.
 * {@code timeZone} is the venue's IANA id.
 */
public record CohortSummary(long id, long version, long programmeId, String programmeName, String name,
                            String venueName, String city, String countryCode, String timeZone,
                            LocalDate startDate, LocalDate endDate, CohortStatus status, long delegationCount) {
}
