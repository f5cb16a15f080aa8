package org.napacademy.interfaces.ui.common;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/** A date and time field that speaks the UI's language, its calendar as {@link LocalizedDatePicker}'s. */
public class LocalizedDateTimePicker extends DateTimePicker {

    public LocalizedDateTimePicker(String label) {
        super(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var locale = attachEvent.getUI().getLocale();
        setLocale(locale);
        setDatePickerI18n(LocalizedDatePicker.i18n(locale, getTranslation("datePicker.today"), getTranslation("action.cancel")));
    }
}
