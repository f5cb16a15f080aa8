package org.napacademy.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Inclusive range of days. JPA 3.1 cannot embed records, hence a class without setters. */
@Embeddable
public class DateRange {

    @NotNull @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    protected DateRange() { }             // for JPA only

    public DateRange(LocalDate start, LocalDate end) {
        Checks.present(start, "start date");
        Checks.present(end, "end date");
        if (end.isBefore(start)) throw new IllegalArgumentException("end " + end + " is before start " + start);
        this.startDate = start;
        this.endDate = end;
    }

    public static DateRange of(LocalDate start, LocalDate end) { return new DateRange(start, end); }

    public LocalDate start() { return startDate; }

    public LocalDate end() { return endDate; }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    public boolean contains(DateRange other) {
        return !other.startDate.isBefore(startDate) && !other.endDate.isAfter(endDate);
    }

    /** True when the ranges share at least one day. */
    public boolean overlaps(DateRange other) {
        return !other.endDate.isBefore(startDate) && !other.startDate.isAfter(endDate);
    }

    /** Number of days, both ends included. */
    public long days() { return ChronoUnit.DAYS.between(startDate, endDate) + 1; }

    @Override public boolean equals(Object o) {
        return o instanceof DateRange other && startDate.equals(other.startDate) && endDate.equals(other.endDate);
    }

    @Override public int hashCode() { return Objects.hash(startDate, endDate); }

    @Override public String toString() { return startDate + ".." + endDate; }
}
