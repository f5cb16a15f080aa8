package org.napacademy.interfaces.ui.checkins;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.interfaces.ui.ViewTestSupport.withId;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.CheckInChanges;
import org.napacademy.application.DelegationService;
import org.napacademy.application.Listing;
import org.napacademy.application.ProgressService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.ReportContent;
import org.napacademy.application.ReviewDecision;
import org.napacademy.application.RoadmapService;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.accompaniment.ReportingPeriod;
import org.napacademy.domain.model.accompaniment.ReportingState;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.user.Role;
import org.napacademy.interfaces.ui.TestAcademy;
import org.napacademy.interfaces.ui.i18n.AcademyTranslations;

/** The check-ins page on the server, without a browser: a delegate drafts and submits, a trainer reviews. */
class CheckInsViewTest {
    private static final DateRange SECOND_HALF_2025 = DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));
    private static final Actor DELEGATE = new Actor(3L, "delegate.bo", Set.of(Role.DELEGATE), 11L, Set.of());
    private static final Actor TRAINER = new Actor(5L, "trainer", Set.of(Role.TRAINER), null, Set.of());

    private final TestAcademy academy = new TestAcademy();
    private final Roadmap roadmap = withId(new Roadmap(academy.delegation, "Bolivia: roadmap"), 61);
    private final ResultNode goal = withId(roadmap.addGoal("Women prevent conflicts", "PREVENTION",
            DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2027, 12, 31))), 62);
    private final ResultNode outcome = withId(goal.addChild(ResultLevel.OUTCOME, "Women mediate local conflicts",
            DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 12, 31))), 63);
    private final Period period = withId(mediators(), 64);
    private final Progress progress = new Progress();
    private CheckInsView view;

    private Period mediators() {
        var indicator = outcome.addIndicator("Women mediators trained", IndicatorUnit.NUMBER, true, BigDecimal.ZERO, null);
        indicator.disaggregateBySex();
        return indicator.addPeriod(SECOND_HALF_2025);
    }

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", AcademyTranslations.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("org.napacademy.interfaces.ui.checkins"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void open(Actor actor) {
        academy.actor = actor;
        var delegations = new DelegationService() {
            @Override public Delegation delegation(long id) { return academy.delegation; }
        };
        var roadmaps = new RoadmapService() {
            @Override public Roadmap wholeOfDelegation(long delegationId) { return roadmap; }
        };
        progress.policy = academy.access();
        view = new CheckInsView(progress, roadmaps, delegations, progress.policy);
        UI.getCurrent().add(view);
        view.open(11L);
    }

    @Test
    void text_typed_or_a_link_added_and_not_saved_counts_as_unsaved_so_leaving_the_page_asks_first() {
        open(DELEGATE);
        _click(startButton());
        assertThat(view.form.hasUnsavedChanges()).isFalse();

        _setValue(view.form.achievements, "Twelve women mediators trained in El Alto");
        assertThat(view.form.hasUnsavedChanges()).isTrue();
        _setValue(view.form.achievements, "");
        _setValue(view.form.link, "https://example.org/el-alto-course.pdf");
        assertThat(view.form.hasUnsavedChanges()).isTrue();
    }

    @Test
    void a_delegate_starts_the_overdue_period_drafts_a_check_in_and_submits_it_after_confirming() {
        open(DELEGATE);
        assertThat(((StateBadge) GridKt._getCellComponent(view.calendar, 0, "state")).getText()).isEqualTo("No update");

        _click(startButton());
        var form = view.form;
        _setValue(form.achievements, "Twelve women mediators trained in El Alto");
        _setValue(form.node, outcome);
        _setValue(form.status, ProgressStatus.ON_TRACK);
        _click(form.addStatus);
        _setValue(form.period, period);
        assertThat(form.female.isVisible()).isTrue();
        _setValue(form.value, new BigDecimal("12"));
        _setValue(form.female, new BigDecimal("9"));
        _setValue(form.male, new BigDecimal("3"));
        _setValue(form.asOf, LocalDate.of(2025, 12, 15));
        _click(form.addActual);
        _setValue(form.link, "https://example.org/el-alto-course.pdf");
        _click(form.submit);
        assertThat(progress.drafted).isEmpty();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        var content = progress.drafted.get(0);
        assertThat(content.achievements()).isEqualTo("Twelve women mediators trained in El Alto");
        assertThat(content.statusChanges()).singleElement().satisfies(change -> {
            assertThat(change.nodeId()).isEqualTo(63L);
            assertThat(change.to()).isEqualTo(ProgressStatus.ON_TRACK);
        });
        assertThat(content.actuals()).extracting(a -> a.sex()).containsExactly(null, Sex.FEMALE, Sex.MALE);
        assertThat(content.evidenceLinks()).containsExactly("https://example.org/el-alto-course.pdf");
        assertThat(progress.reports.get(0).status()).hasToString("SUBMITTED");
        assertThat(outcome.status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void an_evidence_link_that_is_not_a_web_address_is_refused_next_to_the_field_and_nothing_is_saved() {
        open(DELEGATE);
        _click(startButton());
        _setValue(view.form.link, "minutes of the round table");

        _click(view.form.saveDraft);

        assertThat(view.form.link.isInvalid()).isTrue();
        assertThat(view.form.link.getErrorMessage()).isEqualTo("Give a web address starting with http:// or https://");
        assertThat(progress.drafted).isEmpty();
    }

    @Test
    void a_trainer_sees_what_changed_since_the_last_check_in_and_accepts_it() {
        var submitted = progress.submitted(report -> {
            report.reportStatusChange(outcome, ProgressStatus.AT_RISK);
            report.recordActual(period, new BigDecimal("5"), null, LocalDate.of(2025, 12, 1), null, null);
        });
        open(TRAINER);
        assertThat(startButton().isVisible()).isFalse();

        view.show(submitted.id());

        var changes = _get(view.review, ChangesPanel.class);
        assertThat(_get(changes, com.vaadin.flow.component.orderedlayout.HorizontalLayout.class, spec -> spec.withClasses("status-change")).getElement().getTextRecursively())
                .contains("Outcome: Women mediate local conflicts").contains("Not started").contains("At risk");
        assertThat(_get(changes, Span.class, spec -> spec.withClasses("new-actual")).getText()).startsWith("Women mediators trained (Total): 5");
        _click(view.review.accept);

        assertThat(progress.reviews).containsExactly("ACCEPTED by trainer");
        assertThat(submitted.status()).hasToString("ACCEPTED");
    }

    @Test
    void a_delegate_reads_a_submitted_check_in_but_gets_no_review_buttons() {
        var submitted = progress.submitted(report -> report.writeNarrative("Done", null, null));
        open(DELEGATE);

        view.show(submitted.id());

        assertThat(view.form).isNull();
        assertThat(_find(view.review, Button.class, spec -> spec.withText("Accept"))).isEmpty();
    }

    private Button startButton() {
        return (Button) GridKt._getCellComponent(view.calendar, 0, "action");
    }

    /** The progress service over check-ins in memory, applying their content to the roadmap as the real one does. */
    private class Progress extends ProgressService {
        final List<ProgressReport> reports = new ArrayList<>();
        final List<ReportContent> drafted = new ArrayList<>();
        final List<String> reviews = new ArrayList<>();
        /** The view's policy: the real service takes the reviewer from it too. */
        AccessPolicy policy;

        ProgressReport submitted(java.util.function.Consumer<ProgressReport> content) {
            var report = withId(new ProgressReport(academy.delegation, SECOND_HALF_2025), 90L + reports.size());
            content.accept(report);
            report.submit(Instant.now());
            reports.add(report);
            return report;
        }

        @Override public List<ReportingPeriod> reportingPeriods(long delegationId) {
            var state = reports.isEmpty() ? ReportingState.OVERDUE : ReportingState.SUBMITTED;
            return List.of(new ReportingPeriod(SECOND_HALF_2025, LocalDate.of(2026, 1, 30), state, reports.isEmpty() ? null : reports.get(0).id()));
        }

        @Override public Listing<ProgressReport> reportsOf(long delegationId, int offset, int limit) {
            return Listing.slice(reports, offset, limit);
        }

        @Override public ProgressReport report(long reportId) {
            return reports.stream().filter(r -> r.id() == reportId).findFirst().orElseThrow();
        }

        @Override public CheckInChanges changes(long reportId) { return CheckInChanges.of(report(reportId), reports); }

        @Override public ProgressReport draft(long delegationId, DateRange reportingPeriod, ReportContent content) {
            drafted.add(content);
            var report = withId(new ProgressReport(academy.delegation, reportingPeriod), 90L + reports.size());
            report.writeNarrative(content.achievements(), content.obstacles(), content.nextSteps());
            content.evidenceLinks().forEach(report::addEvidenceLink);
            content.statusChanges().forEach(change -> report.reportStatusChange(roadmap.nodes().stream()
                    .filter(n -> n.id().equals(change.nodeId())).findFirst().orElseThrow(), change.to()));
            content.actuals().forEach(actual -> report.recordActual(period, actual.value(), actual.sex(), actual.asOf(), actual.comment(), null));
            reports.add(report);
            return report;
        }

        @Override public ProgressReport submit(long reportId, Long expectedVersion) {
            var report = report(reportId);
            report.submit(Instant.now());
            return report;
        }

        @Override public ProgressReport review(long reportId, Long expectedVersion, ReviewDecision decision, String comment) {
            var reviewer = policy.actor().username();
            reviews.add(decision + " by " + reviewer);
            var report = report(reportId);
            report.accept(reviewer, Instant.now());
            return report;
        }
    }
}
