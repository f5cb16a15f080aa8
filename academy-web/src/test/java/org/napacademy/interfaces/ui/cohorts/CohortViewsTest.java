package org.napacademy.interfaces.ui.cohorts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.CohortDraft;
import org.napacademy.application.ParticipantDraft;
import org.napacademy.application.StaleVersion;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.user.Role;
import org.napacademy.interfaces.ui.TestAcademy;
import org.napacademy.interfaces.ui.ViewTestSupport;
import org.napacademy.interfaces.ui.Views;

class CohortViewsTest {
    private TestAcademy academy;

    @BeforeEach
    void startVaadin() {
        academy = new TestAcademy();
        Views.setUp(academy, Locale.ENGLISH);
    }

    @AfterEach
    void stopVaadin() {
        ViewTestSupport.tearDown();
    }

    @Test
    void the_new_cohort_form_shows_its_messages_next_to_the_fields_then_creates_the_cohort_and_opens_it() {
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withText("New cohort")));
        var form = _get(CohortForm.class);

        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isNotBlank();
        assertThat(form.startDate.isInvalid()).isTrue();
        assertThat(academy.calls).isEmpty();

        _setValue(form.programme, academy.programme);
        _setValue(form.name, "2026 Bogotá");
        _setValue(form.city, "Bogotá");
        _setValue(form.countryCode, "PA");
        _setValue(form.startDate, LocalDate.of(2026, 3, 10));
        _setValue(form.endDate, LocalDate.of(2026, 3, 12));
        _setValue(form.trainers, "trainer, a.mentor");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(academy.calls).singleElement().isInstanceOfSatisfying(CohortDraft.class, draft -> {
            assertThat(draft.programmeId()).isEqualTo(1L);
            assertThat(draft.name()).isEqualTo("2026 Bogotá");
            assertThat(draft.trainers()).containsExactly("trainer", "a.mentor");
        });
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("cohorts/7");
        assertThat(_get(H1.class).getText()).isEqualTo("2025 Panama City");
    }

    @Test
    void the_last_day_cannot_come_before_the_first() {
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withText("New cohort")));
        var form = _get(CohortForm.class);
        _setValue(form.startDate, LocalDate.of(2026, 3, 10));
        _setValue(form.endDate, LocalDate.of(2026, 3, 9));

        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(form.endDate.isInvalid()).isTrue();
        assertThat(form.endDate.getErrorMessage()).isEqualTo("The last day cannot come before the first day");
    }

    @Test
    void a_participant_is_enrolled_in_the_selected_delegation_through_the_form() {
        UI.getCurrent().navigate("cohorts/7");
        var delegations = _get(DelegationsPanel.class).delegationGrid();
        assertThat(GridKt._getFormattedRow(delegations, 0)).startsWith("Bolivia", "1");
        delegations.select(GridKt._get(delegations, 0));
        _click(_get(Button.class, spec -> spec.withText("Add participant")));
        var form = _get(ParticipantForm.class);

        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(form.givenName.isInvalid()).isTrue();
        assertThat(form.institutionType.isInvalid()).isTrue();
        assertThat(academy.calls).isEmpty();

        _setValue(form.givenName, "Rosa");
        _setValue(form.familyName, "Mamani");
        _setValue(form.institutionName, "Ministerio de Relaciones Exteriores");
        _setValue(form.institutionType, InstitutionType.GOVERNMENT);
        _setValue(form.sex, Sex.FEMALE);
        _setValue(form.email, "not an address");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(form.email.isInvalid()).isTrue();

        _setValue(form.email, "rosa@example.org");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(academy.calls).singleElement().isInstanceOfSatisfying(ParticipantDraft.class, draft -> {
            assertThat(draft.givenName()).isEqualTo("Rosa");
            assertThat(draft.email()).isEqualTo("rosa@example.org");
            assertThat(draft.consentToBeListed()).isFalse();
        });
        assertThat(_find(ParticipantForm.class)).isEmpty();
    }

    @Test
    void a_delegate_reads_their_cohort_and_their_own_members_without_ways_to_change_them() {
        academy.actor = new Actor(9L, "delegate.bo", Set.of(Role.DELEGATE), academy.delegation.id(), Set.of());
        UI.getCurrent().navigate("cohorts/7");

        assertThat(_get(H1.class).getText()).isEqualTo("2025 Panama City");
        for (var planning : List.of("Edit", "Start the sessions", "Add participant"))
            assertThat(_find(Button.class, spec -> spec.withText(planning))).as(planning).isEmpty();
        var delegations = _get(DelegationsPanel.class).delegationGrid();
        delegations.select(GridKt._get(delegations, 0));
        assertThat(_find(Button.class, spec -> spec.withText("Add participant"))).isEmpty();
    }

    @Test
    void a_status_move_on_a_stale_cohort_shows_the_notice() {
        UI.getCurrent().navigate("cohorts/7");
        NotificationsKt.clearNotifications();
        academy.refusal = new StaleVersion("cohort", 7, 0, 1);

        _click(_get(Button.class, spec -> spec.withText("Start the sessions")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(academy.calls).containsExactly(CohortStatus.IN_SESSION);
        NotificationsKt.expectNotifications("Someone else saved this first; it has been reloaded. Please apply your change again.");
    }

    @Test
    void a_trainer_sees_who_earned_a_certificate_and_issues_them_from_the_certificates_tab() {
        academy.attendance.put(academy.carmen.id(), AttendanceStatus.PRESENT);
        UI.getCurrent().navigate("cohorts/7");
        assertThat(tabLabels()).contains("Certificates");
        _get(TabSheet.class).setSelectedIndex(2);

        var grid = _get(CertificatesPanel.class).candidateGrid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).eligible()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Issue certificates to the eligible")));

        assertThat(academy.calls).containsExactly("certificates");
    }

    @Test
    void a_delegate_has_no_certificates_tab_on_the_cohort_page() {
        academy.actor = new Actor(9L, "delegate.bo", Set.of(Role.DELEGATE), academy.delegation.id(), Set.of());
        UI.getCurrent().navigate("cohorts/7");

        assertThat(tabLabels()).isNotEmpty().doesNotContain("Certificates");
        assertThat(_find(CertificatesPanel.class)).isEmpty();
    }

    private static List<String> tabLabels() {
        return _find(Tab.class).stream().map(tab -> tab.getElement().getTextRecursively()).toList();
    }
}
