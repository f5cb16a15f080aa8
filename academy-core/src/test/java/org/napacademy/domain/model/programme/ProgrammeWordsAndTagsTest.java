package org.napacademy.domain.model.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.years;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapRuleViolation;
import org.napacademy.domain.model.shared.LocalizedText;

/** A programme's own words, its template of levels and its thematic tags. */
class ProgrammeWordsAndTagsTest {
    private static final ThematicTag CYBERCRIME = new ThematicTag("CYBERCRIME", new LocalizedText("Cybercrime", "Ciberdelincuencia", null, null));
    private static final ThematicTag CORRUPTION = new ThematicTag("CORRUPTION", LocalizedText.english("Corruption"));

    @Test
    void a_programme_names_the_terms_it_wants_and_leaves_the_others_to_the_platform() {
        var programme = new Programme("EU-CLASI", null, Set.of("en", "es"));
        assertThat(programme.vocabulary().words()).isEmpty();

        programme.useVocabulary(new Vocabulary(Map.of(Term.COHORT, new LocalizedText("Ministerial meeting", "Reunión ministerial", null, null),
                Term.GOAL, LocalizedText.english("Priority"))));

        assertThat(programme.vocabulary().word(Term.COHORT, Locale.forLanguageTag("es"))).contains("Reunión ministerial");
        assertThat(programme.vocabulary().word(Term.COHORT, Locale.FRENCH)).as("English when untranslated").contains("Ministerial meeting");
        assertThat(programme.vocabulary().word(Term.of(ResultLevel.GOAL), Locale.ENGLISH)).contains("Priority");
        assertThat(programme.vocabulary().word(Term.DELEGATION, Locale.ENGLISH)).as("the platform's word").isEmpty();
        assertThatThrownBy(() -> new ProgrammeTerm(Term.ROADMAP, LocalizedText.english("x".repeat(101))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_tag_has_an_upper_case_code_and_a_template_names_each_code_once() {
        assertThatThrownBy(() -> new ThematicTag("cybercrime", LocalizedText.english("Cybercrime"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThematicTag("1ST", LocalizedText.english("First"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoadmapTemplate(EnumSet.allOf(ResultLevel.class), List.of(CYBERCRIME, CYBERCRIME)))
                .isInstanceOf(CohortRuleViolation.class);
        var template = new RoadmapTemplate(EnumSet.of(ResultLevel.GOAL, ResultLevel.OUTPUT, ResultLevel.ACTIVITY), List.of(CYBERCRIME, CORRUPTION));
        assertThat(template.tags()).containsExactly(CYBERCRIME, CORRUPTION);
        assertThat(template.tag("CYBERCRIME").orElseThrow().labelIn(Locale.forLanguageTag("es"))).isEqualTo("Ciberdelincuencia");
        assertThat(template.levelBelow(ResultLevel.GOAL)).contains(ResultLevel.OUTPUT);
        assertThat(template.lowestLevel()).isEqualTo(ResultLevel.ACTIVITY);
    }

    @Test
    void results_carry_one_of_the_programme_s_tags_or_none_when_it_has_none() {
        var programme = new Programme("EU-CLASI", null, Set.of("en"));
        var untagged = new Roadmap(new Delegation(TestData.cohort(programme), TestData.costaRica()), "Roadmap of priorities");
        var goal = untagged.addGoal("Dismantle networks", null, years(2025, 2026));
        assertThat(goal.tag()).isEmpty();
        assertThatThrownBy(() -> untagged.addGoal("Tagged", "CYBERCRIME", years(2025, 2026))).isInstanceOf(RoadmapRuleViolation.class);

        programme.changeTemplate(new RoadmapTemplate(EnumSet.of(ResultLevel.GOAL, ResultLevel.OUTPUT, ResultLevel.ACTIVITY),
                List.of(CYBERCRIME, CORRUPTION)));
        var tagged = new Roadmap(new Delegation(TestData.cohort(programme), TestData.costaRica()), "Roadmap of priorities");
        assertThatThrownBy(() -> tagged.addGoal("No tag", null, years(2025, 2026))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tag is required");
        assertThatThrownBy(() -> tagged.addGoal("Unknown tag", "PIRACY", years(2025, 2026))).isInstanceOf(RoadmapRuleViolation.class);
        var priority = tagged.addGoal("Fight cybercrime together", "CYBERCRIME", years(2025, 2026));
        var action = priority.addChild(ResultLevel.OUTPUT, "Points of contact", years(2026, 2026));
        assertThat(action.tag()).as("inherited").contains("CYBERCRIME");
        action.assignTag("CORRUPTION");
        assertThat(action.tag()).contains("CORRUPTION");
        assertThatThrownBy(() -> priority.addChild(ResultLevel.OUTCOME, "Not in the template", years(2026, 2026)))
                .isInstanceOf(RoadmapRuleViolation.class);
    }
}
