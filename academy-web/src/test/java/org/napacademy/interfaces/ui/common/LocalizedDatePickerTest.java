package org.napacademy.interfaces.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedDatePickerTest {

    @Test
    void the_calendar_names_months_weekdays_and_its_buttons_in_the_ui_language() {
        var spanish = LocalizedDatePicker.i18n(Locale.forLanguageTag("es"), "Hoy", "Cancelar");

        assertThat(spanish.getMonthNames()).hasSize(12).startsWith("enero").endsWith("diciembre");
        assertThat(spanish.getWeekdays()).hasSize(7).startsWith("domingo");
        assertThat(spanish.getToday()).isEqualTo("Hoy");
        assertThat(spanish.getCancel()).isEqualTo("Cancelar");
    }

    @Test
    void the_week_starts_where_the_locale_region_starts_it_sunday_in_panama_monday_in_france() {
        assertThat(LocalizedDatePicker.i18n(Locale.forLanguageTag("es-PA"), "Hoy", "Cancelar").getFirstDayOfWeek()).isZero();
        var french = LocalizedDatePicker.i18n(Locale.FRANCE, "Aujourd'hui", "Annuler");
        assertThat(french.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(french.getMonthNames()).contains("février", "août");
        assertThat(french.getWeekdaysShort()).hasSize(7);
    }
}
