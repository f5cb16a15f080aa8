package org.napacademy.domain.model.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.domain.model.TestData.year;
import static org.napacademy.domain.model.TestData.years;
import static org.napacademy.domain.model.roadmap.ProgressStatus.AT_RISK;
import static org.napacademy.domain.model.roadmap.ProgressStatus.CANCELLED;
import static org.napacademy.domain.model.roadmap.ProgressStatus.DONE;
import static org.napacademy.domain.model.roadmap.ProgressStatus.NOT_STARTED;
import static org.napacademy.domain.model.roadmap.ProgressStatus.OFF_TRACK;
import static org.napacademy.domain.model.roadmap.ProgressStatus.ON_TRACK;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;

class StatusRollUpTest {

    private final ResultNode goal = TestData.goal();
    private final ResultNode outcome = goal.addChild(ResultLevel.OUTCOME, "Outcome", years(2025, 2026));
    private final ResultNode first = outcome.addChild(ResultLevel.OUTPUT, "First", year(2025));
    private final ResultNode second = outcome.addChild(ResultLevel.OUTPUT, "Second", year(2025));
    private final ResultNode third = outcome.addChild(ResultLevel.OUTPUT, "Third", year(2025));

    @Test
    void a_leaf_is_its_own_status() {
        first.changeStatus(AT_RISK);
        assertThat(first.rolledUpStatus()).isEqualTo(AT_RISK);
    }

    @Test
    void one_child_off_track_puts_the_parent_off_track() {
        statuses(DONE, AT_RISK, OFF_TRACK);
        assertThat(outcome.rolledUpStatus()).isEqualTo(OFF_TRACK);
        assertThat(goal.rolledUpStatus()).isEqualTo(OFF_TRACK);
    }

    @Test
    void a_child_at_risk_puts_the_parent_at_risk() {
        statuses(DONE, AT_RISK, ON_TRACK);
        assertThat(outcome.rolledUpStatus()).isEqualTo(AT_RISK);
    }

    @Test
    void a_parent_is_done_when_every_child_that_is_not_cancelled_is_done() {
        statuses(DONE, CANCELLED, DONE);
        assertThat(outcome.rolledUpStatus()).isEqualTo(DONE);
    }

    @Test
    void a_parent_has_not_started_while_none_of_its_children_has() {
        statuses(NOT_STARTED, NOT_STARTED, CANCELLED);
        assertThat(outcome.rolledUpStatus()).isEqualTo(NOT_STARTED);
    }

    @Test
    void any_other_mix_is_on_track() {
        statuses(DONE, NOT_STARTED, ON_TRACK);
        assertThat(outcome.rolledUpStatus()).isEqualTo(ON_TRACK);
        statuses(DONE, NOT_STARTED, NOT_STARTED);
        assertThat(outcome.rolledUpStatus()).isEqualTo(ON_TRACK);
    }

    @Test
    void a_parent_whose_children_are_all_cancelled_shows_its_own_status() {
        statuses(CANCELLED, CANCELLED, CANCELLED);
        outcome.changeStatus(AT_RISK);
        assertThat(outcome.rolledUpStatus()).isEqualTo(AT_RISK);
    }

    @Test
    void a_cancelled_parent_stays_cancelled_whatever_its_children_say() {
        statuses(OFF_TRACK, DONE, DONE);
        outcome.changeStatus(CANCELLED);
        assertThat(outcome.rolledUpStatus()).isEqualTo(CANCELLED);
        assertThat(ProgressStatus.rollUp(List.of(CANCELLED))).isEmpty();
    }

    private void statuses(ProgressStatus a, ProgressStatus b, ProgressStatus c) {
        first.changeStatus(a);
        second.changeStatus(b);
        third.changeStatus(c);
    }
}
