package org.napacademy.interfaces.ui.sessions;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.AttendanceMark;
import org.napacademy.application.SessionDraft;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.curriculum.CurriculumRuleViolation;
import org.napacademy.interfaces.ui.TestAcademy;
import org.napacademy.interfaces.ui.ViewTestSupport;
import org.napacademy.interfaces.ui.Views;

class SessionViewsTest {
    private TestAcademy academy;

    @BeforeEach
    void startVaadin() {
        academy = new TestAcademy();
    }

    @AfterEach
    void stopVaadin() {
        ViewTestSupport.tearDown();
    }

    @Test
    void a_session_outside_the_cohorts_dates_shows_the_rule_and_keeps_the_form_open() {
        Views.setUp(academy, Locale.ENGLISH);
        UI.getCurrent().navigate("cohorts/7");
        _get(TabSheet.class).setSelectedIndex(1);
        assertThat(_find(Span.class, spec -> spec.withText("Nothing planned on this day"))).as("25 and 26 June").hasSize(2);
        _click(_get(Button.class, spec -> spec.withText("Plan a session")));
        var form = _get(SessionForm.class);
        _setValue(form.module, academy.theoryOfChange);
        _setValue(form.day, LocalDate.of(2025, 6, 30));
        NotificationsKt.clearNotifications();
        academy.refusal = new CurriculumRuleViolation("The session falls outside the cohort's dates 2025-06-24..2025-06-26");

        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(academy.calls).singleElement().isInstanceOfSatisfying(SessionDraft.class,
                draft -> assertThat(draft.startsAt()).isEqualTo(LocalDate.of(2025, 6, 30).atTime(9, 0)));
        NotificationsKt.expectNotifications("The session falls outside the cohort's dates 2025-06-24..2025-06-26");
        assertThat(_get(SessionForm.class)).isSameAs(form);
    }

    @Test
    void one_click_records_attendance_and_the_delegations_rate_follows() {
        Views.setUp(academy, Locale.ENGLISH);
        UI.getCurrent().navigate("sessions/41");
        var rate = _get(Span.class, spec -> spec.withClasses("attendance-rate"));
        assertThat(rate.getText()).startsWith("Attendance rate –");

        _click(_get(Button.class, spec -> spec.withText("Absent")));
        assertThat(academy.calls).containsExactly(List.of(new AttendanceMark(21, AttendanceStatus.ABSENT)));
        assertThat(rate.getText()).isEqualTo("Attendance rate 0% over 1 sessions taken so far");

        _click(_get(Button.class, spec -> spec.withText("Present")));
        assertThat(rate.getText()).isEqualTo("Attendance rate 100% over 1 sessions taken so far");
        assertThat(_get(Button.class, spec -> spec.withText("Present")).getElement().getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void the_attendance_page_speaks_spanish() {
        Views.setUp(academy, Locale.forLanguageTag("es-PA"));
        UI.getCurrent().navigate("sessions/41");

        assertThat(_get(Button.class, spec -> spec.withText("Ausente"))).isNotNull();
        assertThat(_get(TabSheet.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Teoría del cambio");
    }
}
