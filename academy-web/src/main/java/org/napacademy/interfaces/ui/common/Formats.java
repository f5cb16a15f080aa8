package org.napacademy.interfaces.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.Money;

/** Dates, times, numbers, shares and amounts as the UI's language writes them; "–" stands for nothing to show. */
public final class Formats {
    private static final String NOTHING = "–";
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

    public Locale locale() { return locale; }

    /** A date, or nothing for no date. */
    public String date(LocalDate value) { return value == null ? "" : date.format(value); }

    /** A whole day with its weekday, e.g. a heading of the agenda. */
    public String day(LocalDate value) { return day.format(value); }

    public String time(LocalTime value) { return time.format(value); }

    /** A moment (a submission, a review) as a date and time of the server's zone, or nothing for none. */
    public String moment(Instant value) {
        if (value == null) return "";
        var local = value.atZone(ZoneId.systemDefault());
        return date(local.toLocalDate()) + " " + time(local.toLocalTime());
    }

    public String dates(DateRange range) { return date(range.start()) + " – " + date(range.end()); }

    public String times(LocalTime start, LocalTime end) { return time(start) + " – " + time(end); }

    /** A rate such as 0.83 as a whole percentage, "83 %" in the UI's language. */
    public String percent(OptionalDouble share) {
        return share.isPresent() ? NumberFormat.getPercentInstance(locale).format(share.getAsDouble()) : NOTHING;
    }

    /** A share 0..1 as a percentage to one decimal at most, e.g. 0.625 as "62.5 %". */
    public String share(Optional<BigDecimal> share) {
        return share.map(value -> {
            var format = NumberFormat.getPercentInstance(locale);
            format.setMaximumFractionDigits(1);
            return format.format(value);
        }).orElse(NOTHING);
    }

    /** A measured value to four decimals at most, or nothing for no value. */
    public String number(BigDecimal value) {
        if (value == null) return "";
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** A value such as an average rating, always with one decimal. */
    public String decimal(OptionalDouble value) {
        if (value.isEmpty()) return NOTHING;
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value.getAsDouble());
    }

    /** Amounts with their currency codes, one per currency, e.g. "BOB 120,000 · USD 35,000". */
    public String money(Collection<Money> amounts) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return amounts.stream().map(m -> m.currencyCode() + " " + format.format(m.amount())).collect(Collectors.joining(" · "));
    }

    public String money(Money amount) { return money(List.of(amount)); }
}
