package org.napacademy.domain.model.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;

/**
 * One step in a country's NAP history. When only the year is known the date stays empty; when not even
 * the year is known both stay empty (reference data never invents dates). Rows loaded by the migration
 * have negative ids so they never meet the sequence.
 */
@Entity
@Table(name = "nap_event")
public class NapEvent extends AbstractEntity {

    static final int FIRST_YEAR = 2000;      // UN Security Council resolution 1325
    static final int LAST_YEAR = 2100;

    /** Chronology: later generation, then later lifecycle step, then later known year and date. */
    static final Comparator<NapEvent> CHRONOLOGY = Comparator.comparingInt(NapEvent::generation)
            .thenComparing(NapEvent::type)
            .thenComparing(e -> e.eventYear, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> e.eventDate, Comparator.nullsFirst(Comparator.naturalOrder()));

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_iso2", nullable = false)
    private Country country;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "event_type", nullable = false, length = 20)
    private NapEventType type;

    @Min(1) @Column(name = "nap_generation", nullable = false)
    private int generation;

    @Column(name = "event_date")
    private LocalDate eventDate;

    @Min(FIRST_YEAR) @Max(LAST_YEAR) @Column(name = "event_year")
    private Integer eventYear;

    @Min(FIRST_YEAR) @Max(LAST_YEAR) @Column(name = "plan_start_year")
    private Integer planStartYear;

    @Min(FIRST_YEAR) @Max(LAST_YEAR) @Column(name = "plan_end_year")
    private Integer planEndYear;

    @Size(max = 1000) @Column(name = "note", length = 1000)
    private String note;

    @Size(max = 1000) @Column(name = "source", length = 1000)
    private String source;

    protected NapEvent() { }              // for JPA only

    NapEvent(Country country, NapEventType type, int generation, LocalDate date, Integer year,
             Integer planStartYear, Integer planEndYear, String note, String source) {
        this.country = Checks.present(country, "country");
        this.type = Checks.present(type, "event type");
        if (generation < 1) throw new IllegalArgumentException("NAP generation starts at 1");
        this.generation = generation;
        if (date != null && year != null && date.getYear() != year)
            throw new IllegalArgumentException("year " + year + " contradicts date " + date);
        this.eventDate = date;
        this.eventYear = Checks.optionalBetween(date != null ? Integer.valueOf(date.getYear()) : year, FIRST_YEAR, LAST_YEAR, "year");
        this.planStartYear = Checks.optionalBetween(planStartYear, FIRST_YEAR, LAST_YEAR, "plan start year");
        this.planEndYear = Checks.optionalBetween(planEndYear, FIRST_YEAR, LAST_YEAR, "plan end year");
        if (planStartYear != null && planEndYear != null && planEndYear < planStartYear)
            throw new IllegalArgumentException("plan period ends before it starts");
        this.note = Checks.optionalText(note, 1000, "note");
        this.source = Checks.optionalText(source, 1000, "source");
    }

    public Country country() { return country; }

    public NapEventType type() { return type; }

    public int generation() { return generation; }

    /** Empty when only the year, or nothing, is known. */
    public Optional<LocalDate> date() { return Optional.ofNullable(eventDate); }

    /** The year of the date, or the year alone when that is all that is known. */
    public Optional<Integer> year() { return Optional.ofNullable(eventYear); }

    public Optional<Integer> planStartYear() { return Optional.ofNullable(planStartYear); }

    public Optional<Integer> planEndYear() { return Optional.ofNullable(planEndYear); }

    public Optional<String> note() { return Optional.ofNullable(note); }

    /** A citation or a link. */
    public Optional<String> source() { return Optional.ofNullable(source); }

    @Override public String toString() { return type + " (NAP " + generation + (eventYear == null ? "" : ", " + eventYear) + ")"; }
}
