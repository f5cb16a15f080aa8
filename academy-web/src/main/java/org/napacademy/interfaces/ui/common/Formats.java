package org.napacademy.interfaces.ui.common;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.OptionalDouble;
import org.napacademy.domain.model.shared.DateRange;

/** Dates, times and numbers as the UI's language writes them. */
public final class Formats {
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter day;
    private final DateTimeFormatter time;

    public Formats(Locale locale) {
        this.locale = locale;
        date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    public String date(LocalDate value) { return date.format(value); }

    /** A whole day with its weekday, e.g. a heading of the agenda. */
    public String day(LocalDate value) { return day.format(value); }

    public String time(LocalTime value) { return time.format(value); }

    public String dates(DateRange range) { return date(range.start()) + " – " + date(range.end()); }

    public String times(LocalTime start, LocalTime end) { return time(start) + " – " + time(end); }

    /** A share such as 0.83 as "83 %" in the UI's language; a dash when there is nothing to measure. */
    public String percent(OptionalDouble share) {
        return share.isPresent() ? NumberFormat.getPercentInstance(locale).format(share.getAsDouble()) : "–";
    }

    public String decimal(OptionalDouble value) {
        if (value.isEmpty()) return "–";
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value.getAsDouble());
    }
}
