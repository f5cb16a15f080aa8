package org.napacademy.interfaces.ui.common;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date field that speaks the UI's language: the date is typed and shown in the locale's format, and the
 * calendar overlay names months and weekdays, starts the week on the locale's first day and labels its
 * buttons in that language (Vaadin's own overlay is English whatever the locale).
 */
public class LocalizedDatePicker extends DatePicker {

    public LocalizedDatePicker(String label) {
        super(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var locale = attachEvent.getUI().getLocale();
        setLocale(locale);
        setI18n(i18n(locale, getTranslation("datePicker.today"), getTranslation("action.cancel")));
    }

    /** The overlay's words for {@code locale}; Vaadin lists weekdays from Sunday and numbers them from 0 = Sunday. */
    static DatePickerI18n i18n(Locale locale, String today, String cancel) {
        var sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(today)
                .setCancel(cancel);
    }
}
