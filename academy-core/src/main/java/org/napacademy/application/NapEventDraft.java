package org.napacademy.application;

import java.time.LocalDate;
import org.napacademy.domain.model.country.NapEventType;

/** A step of a country's NAP history; date, year and plan period are each optional. */
public record NapEventDraft(NapEventType type, int generation, LocalDate date, Integer year, Integer planStartYear,
                            Integer planEndYear, String note, String source) {
}
