package org.napacademy.domain.model.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.year;
import static org.napacademy.domain.model.TestData.years;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.shared.LocalizedText;

class ProgressReportTest {

    private static final Instant OCT_1 = Instant.parse("2025-10-01T12:00:00Z");

    private final ResultNode goal = TestData.goal();
    private final ResultNode outcome = goal.addChild(ResultLevel.OUTCOME, "Outcome", years(2025, 2026));
    private final ProgressReport report = new ProgressReport(goal.roadmap().delegation().orElseThrow(), TestData.range("2025-07-01", "2025-09-30"));

    @Test
    void a_report_is_submitted_then_accepted_by_a_reviewer() {
        report.submit(OCT_1);
        report.accept("trainer.ana", OCT_1.plusSeconds(3600));
        assertThat(report.status()).isEqualTo(ProgressReportStatus.ACCEPTED);
        assertThat(report.reviewerName()).contains("trainer.ana");
        assertThat(report.reviewedAt()).contains(OCT_1.plusSeconds(3600));
        assertThatThrownBy(() -> report.returnForCorrection("trainer.ana", "late", OCT_1)).isInstanceOf(AccompanimentRuleViolation.class);
    }

    @Test
    void a_returned_report_is_corrected_and_resubmitted() {
        report.submit(OCT_1);
        report.returnForCorrection("trainer.ana", "Add evidence", OCT_1);
        assertThat(report.reviewComment()).contains("Add evidence");
        report.addEvidenceLink("https://example.org/minutes.pdf");
        assertThatThrownBy(() -> report.submit(OCT_1)).isInstanceOf(AccompanimentRuleViolation.class);
        report.resubmit(OCT_1.plusSeconds(60));
        assertThat(report.status()).isEqualTo(ProgressReportStatus.SUBMITTED);
        assertThat(report.submittedAt()).contains(OCT_1.plusSeconds(60));
    }

    @Test
    void an_evidence_link_is_a_web_address_since_the_review_shows_it_as_a_link() {
        assertThatThrownBy(() -> report.addEvidenceLink("javascript:window.__pwned=1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> report.addEvidenceLink("data:text/html,<script>alert(1)</script>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> report.addEvidenceLink("minutes of the round table")).isInstanceOf(IllegalArgumentException.class);
        report.addEvidenceLink(" https://example.org/minutes.pdf ");
        assertThat(report.evidenceLinks()).containsExactly("https://example.org/minutes.pdf");
    }

    @Test
    void a_draft_cannot_be_accepted_and_a_return_needs_a_reason() {
        assertThatThrownBy(() -> report.accept("trainer.ana", OCT_1)).isInstanceOf(AccompanimentRuleViolation.class);
        report.submit(OCT_1);
        assertThatThrownBy(() -> report.returnForCorrection("trainer.ana", " ", OCT_1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_submitted_report_can_no_longer_be_changed() {
        report.submit(OCT_1);
        assertThatThrownBy(() -> report.writeNarrative("a", "b", "c")).isInstanceOf(AccompanimentRuleViolation.class);
        assertThatThrownBy(() -> report.reportStatusChange(outcome, ProgressStatus.DONE)).isInstanceOf(AccompanimentRuleViolation.class);
    }

    @Test
    void status_changes_and_actuals_take_effect_on_the_roadmap_and_stay_on_record() {
        var period = outcome.addIndicator("Women negotiators", IndicatorUnit.NUMBER, true, BigDecimal.ZERO, null).addPeriod(year(2025));
        var change = report.reportStatusChange(outcome, ProgressStatus.AT_RISK);
        var actual = report.recordActual(period, new BigDecimal("4"), null, LocalDate.of(2025, 9, 30), null, null);
        assertThat(change.from()).isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(outcome.status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(period.actuals()).containsExactly(actual);
        assertThat(report.newActuals()).containsExactly(actual);
    }

    @Test
    void a_report_only_touches_its_own_delegations_roadmap() {
        var foreign = TestData.goal();
        assertThatThrownBy(() -> report.reportStatusChange(foreign, ProgressStatus.DONE)).isInstanceOf(AccompanimentRuleViolation.class);
    }

    @Test
    void an_assistance_request_measures_the_time_to_its_first_answer() {
        var delegation = goal.roadmap().delegation().orElseThrow();
        var topic = new Module(delegation.cohort().programme(), "MONITORING_AND_EVALUATION", LocalizedText.english("M&E"), 60, 6);
        var request = new AssistanceRequest(delegation, topic, "ana.mora", "How to set baselines?", Urgency.MEDIUM, OCT_1);
        assertThat(request.responseTime()).isEmpty();
        request.answer("Use the 2024 survey", "trainer.ana", OCT_1.plus(Duration.ofHours(5)));
        var session = new MentoringSlot(LocalDateTime.parse("2025-10-06T10:00"), MentoringMode.ONLINE, null);
        request.scheduleMentoring(session);
        request.answer("Follow-up notes", "trainer.ana", OCT_1.plus(Duration.ofDays(3)));
        assertThat(request.responseTime()).contains(Duration.ofHours(5));
        request.close(OCT_1.plus(Duration.ofDays(7)));
        assertThatThrownBy(() -> request.scheduleMentoring(session)).isInstanceOf(AccompanimentRuleViolation.class);
        var note = new MentoringNote(delegation, request, "trainer.ana", LocalDate.of(2025, 10, 4), "Baseline workshop");
        assertThat(note.request()).contains(request);
        assertThatThrownBy(() -> new MentoringNote(TestData.delegation(), request, "trainer.ana", LocalDate.of(2025, 10, 4), "x"))
                .isInstanceOf(AccompanimentRuleViolation.class);
    }
}
