package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import org.napacademy.domain.model.country.NapEvent;
import org.napacademy.domain.model.country.NapEventType;

/** A step of a country's NAP history; date, year and plan period are null when unknown. */
public record NapEventView(Long id, long version, NapEventType type, int generation, LocalDate date, Integer year,
                           Integer planStartYear, Integer planEndYear, String note, String source) {

    static NapEventView of(NapEvent event) {
        return new NapEventView(event.id(), event.version(), event.type(), event.generation(), event.date().orElse(null),
                event.year().orElse(null), event.planStartYear().orElse(null), event.planEndYear().orElse(null),
                event.note().orElse(null), event.source().orElse(null));
    }
}
