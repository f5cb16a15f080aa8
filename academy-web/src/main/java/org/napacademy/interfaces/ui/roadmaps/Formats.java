package org.napacademy.interfaces.ui.roadmaps;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.Money;

/** Dates, numbers, shares and amounts in the UI's locale. */
final class Formats {
    private final Locale locale;
    private final DateTimeFormatter dates;

    Formats(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    String date(LocalDate date) { return date == null ? "" : dates.format(date); }

    String range(DateRange range) { return date(range.start()) + " – " + date(range.end()); }

    String number(BigDecimal value) {
        if (value == null) return "";
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** A share 0..1 as a percentage, e.g. 0.625 as "62.5 %" in the locale's way; "–" when absent. */
    String share(Optional<BigDecimal> share) {
        return share.map(s -> {
            var format = NumberFormat.getPercentInstance(locale);
            format.setMaximumFractionDigits(1);
            return format.format(s);
        }).orElse("–");
    }

    /** Amounts with their currency codes, one per currency, e.g. "BOB 120,000 · USD 35,000". */
    String money(Collection<Money> amounts) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return amounts.stream().map(m -> m.currencyCode() + " " + format.format(m.amount())).collect(Collectors.joining(" · "));
    }

    String money(Money amount) { return money(java.util.List.of(amount)); }

    Locale locale() { return locale; }
}
