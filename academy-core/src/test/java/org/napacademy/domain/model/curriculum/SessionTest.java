package org.napacademy.domain.model.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Institution;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.LocalizedText;

class SessionTest {

    private final Cohort cohort = TestData.cohort(TestData.programme());
    private final Module module = new Module(cohort.programme(), "GENDER_BUDGETING", LocalizedText.english("Gender budgeting"), 90, 2);
    private final Session session = new Session(cohort, module, at(24, 9), at(24, 10), "Salón Bolívar");

    @Test
    void a_session_falls_within_the_cohorts_dates() {
        assertThatThrownBy(() -> new Session(cohort, module, at(27, 9), at(27, 10), null)).isInstanceOf(CurriculumRuleViolation.class);
        assertThatThrownBy(() -> session.reschedule(at(26, 23), at(27, 1))).isInstanceOf(CurriculumRuleViolation.class);
        assertThat(session.zonedStart().getZone().getId()).isEqualTo("America/Panama");
    }

    @Test
    void a_session_ends_after_it_starts() {
        assertThatThrownBy(() -> session.reschedule(at(25, 10), at(25, 10))).isInstanceOf(CurriculumRuleViolation.class);
        assertThatThrownBy(() -> session.reschedule(at(25, 10), at(25, 9))).isInstanceOf(CurriculumRuleViolation.class);
    }

    @Test
    void a_session_delivers_a_module_of_the_cohorts_programme() {
        var foreign = new Module(TestData.programme(), "LOCALIZATION", LocalizedText.english("Localization"), 60, 5);
        assertThatThrownBy(() -> new Session(cohort, foreign, at(24, 9), at(24, 10), null)).isInstanceOf(CurriculumRuleViolation.class);
    }

    @Test
    void only_the_cohorts_trainers_run_its_sessions() {
        assertThatThrownBy(() -> session.assignTrainer("trainer.ana")).isInstanceOf(CurriculumRuleViolation.class);
        cohort.assignTrainer("trainer.ana");
        session.assignTrainer("trainer.ana");
        assertThat(session.trainers()).containsExactly("trainer.ana");
    }

    @Test
    void attendance_is_kept_once_per_participant_and_can_be_corrected() {
        var participant = participantOf(new Delegation(cohort, TestData.costaRica()));
        session.recordAttendance(participant, AttendanceStatus.ABSENT);
        session.recordAttendance(participant, AttendanceStatus.EXCUSED);
        assertThat(session.attendances()).singleElement().extracting(Attendance::status).isEqualTo(AttendanceStatus.EXCUSED);
    }

    @Test
    void attendance_is_only_taken_for_participants_of_the_sessions_cohort() {
        var outsider = participantOf(TestData.delegation());
        assertThatThrownBy(() -> session.recordAttendance(outsider, AttendanceStatus.PRESENT)).isInstanceOf(CurriculumRuleViolation.class);
    }

    @Test
    void feedback_is_rated_one_to_five_and_given_once_by_a_named_participant() {
        var participant = participantOf(new Delegation(cohort, TestData.costaRica()));
        assertThatThrownBy(() -> session.collectFeedback(participant, 6, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        var feedback = session.collectFeedback(participant, 5, "Useful", 2, 4);
        assertThat(feedback.learningGain()).contains(2);
        assertThatThrownBy(() -> session.collectFeedback(participant, 4, null, null, null)).isInstanceOf(CurriculumRuleViolation.class);
        session.collectFeedback(null, 3, null, null, null);
        session.collectFeedback(null, 4, null, null, null);
        assertThat(session.feedback()).hasSize(3);
    }

    private static Participant participantOf(Delegation delegation) {
        return delegation.enrol("Ana", "Mora", "ana.mora@example.org", new Institution("Ministry of Foreign Affairs", InstitutionType.GOVERNMENT), null, Sex.FEMALE);
    }

    private static LocalDateTime at(int dayOfJune, int hour) { return LocalDateTime.of(2025, 6, dayOfJune, hour, 0); }
}
