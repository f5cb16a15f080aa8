package org.napacademy.interfaces.ui.governance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.interfaces.ui.ViewTestSupport.withId;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.Committee;
import org.napacademy.application.CountryService;
import org.napacademy.application.GovernanceService;
import org.napacademy.application.NewSeat;
import org.napacademy.application.SeatChange;
import org.napacademy.application.StaleVersion;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.governance.CommitteeRole;
import org.napacademy.domain.model.governance.CommitteeSeat;
import org.napacademy.domain.model.governance.GovernanceRuleViolation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.interfaces.ui.TestAcademy;
import org.napacademy.interfaces.ui.ViewTestSupport;

class CommitteeViewTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final TestAcademy academy = new TestAcademy();
    private final Country canada = new Country("CA", "CAN", new LocalizedText("Canada", "Canadá", "Canadá", "Canada"), Subregion.NORTH_AMERICA);
    private final Country mexico = new Country("MX", "MEX", new LocalizedText("Mexico", "México", "México", "Mexique"), Subregion.NORTH_AMERICA);
    private final Country chile = new Country("CL", "CHL", new LocalizedText("Chile", "Chile", "Chile", "Chili"), Subregion.SOUTH_AMERICA);
    private final CommitteeSeat president = withId(new CommitteeSeat(academy.programme, CommitteeRole.PRESIDENT, null, canada,
            new DateRange(LocalDate.of(2025, 6, 26), LocalDate.of(2027, 6, 25)), academy.cohort), 70);
    private final CommitteeSeat formerVice = withId(new CommitteeSeat(academy.programme, CommitteeRole.VICE_PRESIDENT, Subregion.NORTH_AMERICA,
            mexico, new DateRange(LocalDate.of(2025, 6, 26), LocalDate.of(2025, 12, 31)), academy.cohort), 71);
    private final List<Object> calls = new ArrayList<>();
    private RuntimeException refusal;

    @AfterEach
    void stopVaadin() { ViewTestSupport.tearDown(); }

    @Test
    void the_committee_shows_roles_subregions_and_countries_in_the_users_language_with_the_current_seats_marked() {
        start(true, new Locale("es"));
        var view = _get(CommitteeView.class);
        assertThat(view.getPageTitle()).startsWith("Comité ejecutivo: WPS NAP Academy");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).startsWith("Presidencia", "", "Canadá");
        assertThat(GridKt._getFormattedRow(view.grid, 1)).startsWith("Vicepresidencia", "América del Norte", "México");
        assertThat(GridKt._getCellComponent(view.grid, 0, "term").getElement().getTextRecursively()).isEqualTo("26 jun 2025 – 25 jun 2027Actual");
        assertThat(GridKt._getCellComponent(view.grid, 1, "term").getElement().getTextRecursively()).isEqualTo("26 jun 2025 – 31 dic 2025");
    }

    @Test
    void the_form_shows_what_is_missing_next_to_the_fields_and_calls_nothing() {
        start(true, Locale.ENGLISH);
        _click(_get(Button.class, spec -> spec.withText("Add a seat")));
        var form = _get(SeatForm.class);
        assertThat(form.subregion.isVisible()).isFalse();
        _setValue(form.role, CommitteeRole.VICE_PRESIDENT);
        assertThat(form.subregion.isVisible()).isTrue();
        _setValue(form.termEnd, LocalDate.of(2025, 1, 1));
        _click(form.saveButton());

        assertThat(form.subregion.isInvalid()).isTrue();
        assertThat(form.subregion.getErrorMessage()).isEqualTo("A vice-president represents a subregion: choose it");
        assertThat(form.country.isInvalid()).isTrue();
        assertThat(form.termEnd.isInvalid()).isTrue();
        assertThat(form.termEnd.getErrorMessage()).isEqualTo("The term cannot end before it starts");
        assertThat(calls).isEmpty();
    }

    @Test
    void a_vice_president_is_chosen_among_the_countries_of_its_subregion_and_saved_through_the_service() {
        start(true, Locale.ENGLISH);
        _click(_get(Button.class, spec -> spec.withText("Add a seat")));
        var form = _get(SeatForm.class);
        assertThat(form.electedAt.getValue()).isEqualTo(academy.cohort.id());
        assertThat(form.termStart.getValue()).isEqualTo(LocalDate.of(2025, 6, 26));
        _setValue(form.role, CommitteeRole.VICE_PRESIDENT);
        _setValue(form.subregion, Subregion.SOUTH_AMERICA);
        assertThat(form.country.getListDataView().getItems()).containsExactly("CL");
        _setValue(form.country, "CL");
        _setValue(form.termEnd, LocalDate.of(2027, 6, 25));
        _click(form.saveButton());

        assertThat(calls).containsExactly(new NewSeat(1, new SeatChange(CommitteeRole.VICE_PRESIDENT, Subregion.SOUTH_AMERICA, "CL",
                LocalDate.of(2025, 6, 26), LocalDate.of(2027, 6, 25), academy.cohort.id())));
        assertThat(_find(SeatForm.class)).isEmpty();
    }

    @Test
    void a_second_president_refused_by_the_service_keeps_the_form_open_with_the_reason() {
        start(true, Locale.ENGLISH);
        refusal = new GovernanceRuleViolation("The committee has one president at a time: Canada presides from 2025-06-26 to 2027-06-25");
        _click(_get(Button.class, spec -> spec.withText("Add a seat")));
        var form = _get(SeatForm.class);
        _setValue(form.role, CommitteeRole.PRESIDENT);
        _setValue(form.country, "CL");
        _setValue(form.termEnd, LocalDate.of(2027, 6, 25));
        _click(form.saveButton());

        NotificationsKt.expectNotifications("The committee has one president at a time: Canada presides from 2025-06-26 to 2027-06-25");
        assertThat(_find(SeatForm.class)).hasSize(1);
    }

    @Test
    void a_stale_edit_shows_the_notice_and_reloads_the_committee() {
        start(true, Locale.ENGLISH);
        refusal = new StaleVersion("committee seat", 70L, 0, 1);
        _click(action("Edit"));
        var form = _get(SeatForm.class);
        assertThat(form.country.getValue()).isEqualTo("CA");
        _setValue(form.termEnd, LocalDate.of(2027, 12, 31));
        _click(form.saveButton());

        NotificationsKt.expectNotifications("Someone else saved this first; it has been reloaded. Please apply your change again.");
        assertThat(calls).hasSize(1);
        assertThat(_find(SeatForm.class)).isEmpty();
    }

    @Test
    void a_reader_sees_the_committee_without_the_buttons_that_change_it() {
        start(false, Locale.ENGLISH);
        assertThat(_find(Button.class, spec -> spec.withText("Add a seat"))).isEmpty();
        assertThat(_get(CommitteeView.class).grid.getColumnByKey("actions")).isNull();
    }

    /** A button of the first row's actions. */
    private static Button action(String text) {
        return (Button) GridKt._getCellComponent(_get(CommitteeView.class).grid, 0, "actions").getChildren()
                .filter(button -> text.equals(((Button) button).getText())).findFirst().orElseThrow();
    }

    private void start(boolean governs, Locale locale) {
        Map<Class<?>, Supplier<?>> views = Map.of(CommitteeView.class, () -> new CommitteeView(governance(governs), countries()));
        ViewTestSupport.setUp(locale, views);
        UI.getCurrent().navigate("programmes/1/committee");
    }

    /** Answers with the two seats in memory and records the writes the view asks for; the next write may be refused. */
    private GovernanceService governance(boolean governs) {
        return new GovernanceService() {
            @Override public Committee committee(long programmeId) { return new Committee(academy.programme, List.of(president, formerVice), TODAY); }

            @Override public List<Cohort> gatherings(long programmeId) { return List.of(academy.cohort); }

            @Override public boolean mayGovern() { return governs; }

            @Override public CommitteeSeat elect(NewSeat command) {
                write(command);
                return president;
            }

            @Override public CommitteeSeat change(long seatId, long expectedVersion, SeatChange change) {
                write(change);
                return president;
            }

            @Override public void remove(long seatId, long expectedVersion) { write(seatId); }
        };
    }

    private void write(Object call) {
        calls.add(call);
        if (refusal != null) {
            var failure = refusal;
            refusal = null;
            throw failure;
        }
    }

    private CountryService countries() {
        return new CountryService() {
            @Override public List<Country> countries() { return List.of(canada, chile, mexico); }
        };
    }
}
