package org.napacademy.interfaces.ui.gathering;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.GatheringRoadmapService;
import org.napacademy.application.RoadmapOutline;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.interfaces.ui.ViewTestSupport;
import org.napacademy.interfaces.ui.WpsTags;
import org.napacademy.interfaces.ui.common.Formats;
import org.napacademy.interfaces.ui.i18n.AcademyTranslations;

/** The adoption and endorsements panel of a gathering's shared roadmap, on the server without a browser. */
class EndorsementsPanelTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 27);
    private static final long BOLIVIA = 21L;
    private static final long ECUADOR = 22L;

    private final Gatherings gatherings = new Gatherings();
    private final Map<Long, String> members = new LinkedHashMap<>();
    private Roadmap roadmap;
    private EndorsementsPanel panel;
    private int reloads;

    @BeforeEach
    void showTheSharedRoadmap() {
        System.setProperty("vaadin.i18n.provider", AcademyTranslations.class.getName());
        MockVaadin.setup(new Routes());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var programme = ViewTestSupport.withId(
                WpsTags.applyTo(new Programme("Parliamentary network", "Security in the Americas", Set.of("en", "es", "pt", "fr"))), 1L);
        var cohort = ViewTestSupport.withId(new Cohort(programme, "2025 Panama City gathering",
                new Venue("National Assembly", "Panama City", "PA", "America/Panama"), DateRange.of(FIRST_DAY, FIRST_DAY.plusDays(1))), 2L);
        ViewTestSupport.withId(new Delegation(cohort, country("BO", "Bolivia")), BOLIVIA);
        ViewTestSupport.withId(new Delegation(cohort, country("EC", "Ecuador")), ECUADOR);
        members.put(BOLIVIA, "Bolivia");
        members.put(ECUADOR, "Ecuador");
        roadmap = ViewTestSupport.withId(Roadmap.ofGathering(cohort, "Outcome document"), 7L);
        ViewTestSupport.withId(roadmap.addGoal("Human security for the people of the Americas", "PARTICIPATION",
                DateRange.of(FIRST_DAY, FIRST_DAY.plusYears(2))), 9L);
        panel = new EndorsementsPanel(gatherings, new Formats(Locale.ENGLISH), () -> reloads++);
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static Country country(String code, String name) {
        return new Country(code, code + "X", new LocalizedText(name, name, name, name), Subregion.SOUTH_AMERICA);
    }

    private void showAsTrainer() {
        panel.show(RoadmapOutline.of(roadmap, true, true), members, true, id -> true);
    }

    @Test
    void recording_an_endorsement_calls_the_service_with_the_delegation_and_the_day() {
        roadmap.adopt(FIRST_DAY.plusDays(1));
        showAsTrainer();
        assertThat(panel.recordForm.isVisible()).isTrue();
        _setValue(panel.delegationId, ECUADOR);
        _setValue(panel.endorsedOn, FIRST_DAY.plusDays(2));
        _click(panel.record);
        assertThat(gatherings.calls).containsExactly("endorse 7 v0 by 22 on 2025-11-29");
        assertThat(reloads).isEqualTo(1);
    }

    @Test
    void an_endorsement_without_a_day_shows_a_message_next_to_the_date_field_and_calls_nothing() {
        roadmap.adopt(FIRST_DAY);
        showAsTrainer();
        _setValue(panel.delegationId, BOLIVIA);
        _click(panel.record);
        assertThat(panel.endorsedOn.isInvalid()).isTrue();
        assertThat(panel.endorsedOn.getErrorMessage()).isNotBlank();
        assertThat(panel.delegationId.isInvalid()).isFalse();
        assertThat(gatherings.calls).isEmpty();
    }

    @Test
    void a_trainer_adopts_the_roadmap_on_the_day_chosen_and_is_told_to_choose_one() {
        showAsTrainer();
        assertThat(panel.adoptionForm.isVisible()).isTrue();
        assertThat(panel.recordForm.isVisible()).as("no endorsement before the adoption").isFalse();
        _click(panel.adopt);
        assertThat(panel.adoptedOn.isInvalid()).isTrue();
        assertThat(panel.adoptedOn.getErrorMessage()).isEqualTo("Choose the day the gathering adopted it");
        _setValue(panel.adoptedOn, FIRST_DAY.plusDays(1));
        _click(panel.adopt);
        assertThat(gatherings.calls).containsExactly("adopt 7 v0 on 2025-11-28");
    }

    @Test
    void a_delegate_is_offered_only_their_own_delegation_and_may_not_adopt() {
        roadmap.adopt(FIRST_DAY);
        panel.show(RoadmapOutline.of(roadmap, false, false), members, false, id -> id == BOLIVIA);
        assertThat(panel.adoptionForm.isVisible()).isFalse();
        assertThat(panel.delegationId.getValue()).isEqualTo(BOLIVIA);
        assertThat(panel.delegationId.getListDataView().getItems().toList()).containsExactly(BOLIVIA);
    }

    @Test
    void the_endorsements_are_listed_with_their_day_and_the_endorsing_delegation_is_no_longer_offered() {
        roadmap.adopt(FIRST_DAY);
        roadmap.recordEndorsement(ViewTestSupport.withId(new Delegation(roadmap.cohort(), country("EC", "Ecuador")), ECUADOR), FIRST_DAY);
        showAsTrainer();
        assertThat(panel.endorsements.isVisible()).isTrue();
        assertThat(panel.endorsements.getListDataView().getItems().toList()).hasSize(1);
        assertThat(panel.delegationId.getListDataView().getItems().toList()).containsExactly(BOLIVIA);
    }

    /** The service, recording what the panel asks of it. */
    static class Gatherings extends GatheringRoadmapService {
        final List<String> calls = new ArrayList<>();

        @Override public Roadmap adopt(long roadmapId, long expectedVersion, LocalDate on) {
            calls.add("adopt " + roadmapId + " v" + expectedVersion + " on " + on);
            return null;
        }

        @Override public Roadmap recordEndorsement(long roadmapId, long expectedVersion, long delegationId, LocalDate on) {
            calls.add("endorse " + roadmapId + " v" + expectedVersion + " by " + delegationId + " on " + on);
            return null;
        }
    }
}
