package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.napacademy.application.NapEventDraft;
import org.napacademy.domain.model.country.NapEventType;

/** Body of POST /countries/{code}/nap-events; give the year alone when the day is unknown. */
public record NapEventRequest(
        @NotNull NapEventType type,
        LocalDate date,
        @Min(2000) @Max(2100) Integer year,
        @Min(2000) @Max(2100) Integer planStartYear,
        @Min(2000) @Max(2100) Integer planEndYear,
        @NotNull @Min(1) Integer generation,
        @Size(max = 1000) String note,
        @Size(max = 1000) String source) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public NapEventRequest(NapEventType type, LocalDate date, Integer year, Integer planStartYear,
            Integer planEndYear, Integer generation, String note, String source) {
        this.type = type;
        this.date = date;
        this.year = year;
        this.planStartYear = planStartYear;
        this.planEndYear = planEndYear;
        this.generation = generation;
        this.note = note;
        this.source = source;
    }

    NapEventDraft toDraft() { return new NapEventDraft(type, generation, date, year, planStartYear, planEndYear, note, source); }
}
