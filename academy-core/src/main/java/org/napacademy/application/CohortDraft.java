package org.napacademy.application;

import java.time.LocalDate;
import java.util.Set;

/**
 * The facts of a cohort. {@code programmeId} is required to create one and may be null afterwards (a cohort
 * stays in its programme). {@code venueName} defaults to the city, {@code timeZone} to UTC; a null
 * {@code trainers} leaves the trainers as they are (none for a new cohort).
 */
public record CohortDraft(Long programmeId, String name, String venueName, String city, String countryCode, String timeZone,
                          LocalDate startDate, LocalDate endDate, Set<String> trainers) {
}
