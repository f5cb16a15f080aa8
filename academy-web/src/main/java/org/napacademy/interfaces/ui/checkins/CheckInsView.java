package org.napacademy.interfaces.ui.checkins;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.napacademy.application.DelegationService;
import org.napacademy.application.ProgressService;
import org.napacademy.application.ReportContent;
import org.napacademy.application.RoadmapService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.accompaniment.ProgressReportStatus;
import org.napacademy.domain.model.accompaniment.ReportingPeriod;
import org.napacademy.domain.model.accompaniment.ReportingState;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.Formats;
import org.napacademy.interfaces.ui.common.UnsavedChanges;

/**
 * A delegation's progress check-ins: its reporting calendar (each period's state as a coloured badge, the reviewer's
 * comment on a returned one) and its check-ins. The delegation starts the check-in of a due, overdue or returned
 * period, edits it while it is a draft or returned, and submits it; a trainer of the cohort opens a submitted one
 * with what changed since the last check-in, and accepts or returns it.
 */
@Dependent
@Route(value = "delegations/:" + CheckInsView.ID + "/check-ins", layout = MainLayout.class)
public class CheckInsView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {
    public static final String ID = "id";
    private static final List<ReportingState> OPEN_FOR_CHECK_IN = List.of(ReportingState.DUE, ReportingState.OVERDUE, ReportingState.RETURNED);

    private final ProgressService progress;
    private final RoadmapService roadmaps;
    private final DelegationService delegations;
    private final AccessPolicy access;
    private final Formats formats;

    final Grid<ReportingPeriod> calendar = new Grid<>();
    final Grid<ProgressReport> checkIns = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    CheckInForm form;
    CheckInReview review;

    private long delegationId;
    private Delegation delegation;
    private String title = "";

    @Inject
    public CheckInsView(ProgressService progress, RoadmapService roadmaps, DelegationService delegations, AccessPolicy access) {
        this.progress = progress;
        this.roadmaps = roadmaps;
        this.delegations = delegations;
        this.access = access;
        this.formats = new Formats(getLocale());
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().getLong(ID).orElse(-1L));
    }

    /** Shows the check-ins of the delegation {@code id}; the services refuse those the actor may not read. */
    void open(long id) {
        delegationId = id;
        delegation = delegations.delegation(id);
        title = getTranslation("checkins.title", delegation.country().name().in(getLocale()));
        removeAll();
        detail.setPadding(false);
        add(new H1(title), new H3(getTranslation("checkins.calendar")), calendar(), new H3(getTranslation("checkins.list")), checkIns(), detail);
        reload();
    }

    private Grid<ReportingPeriod> calendar() {
        calendar.removeAllColumns();
        calendar.setId("reporting-calendar");
        calendar.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        calendar.addColumn(p -> formats.dates(p.dates())).setHeader(getTranslation("checkins.period")).setAutoWidth(true).setFlexGrow(0);
        calendar.addColumn(p -> formats.date(p.dueOn())).setHeader(getTranslation("checkins.dueOn")).setAutoWidth(true).setFlexGrow(0);
        calendar.addComponentColumn(p -> new StateBadge(p.state())).setKey("state").setHeader(getTranslation("checkins.state")).setAutoWidth(true).setFlexGrow(0);
        calendar.addColumn(this::returnComment).setHeader(getTranslation("checkins.comment")).setFlexGrow(1);
        calendar.addComponentColumn(this::periodAction).setKey("action").setAutoWidth(true).setFlexGrow(0);
        calendar.setAllRowsVisible(true);
        calendar.setEmptyStateText(getTranslation("checkins.calendar.empty"));
        return calendar;
    }

    private Grid<ProgressReport> checkIns() {
        checkIns.removeAllColumns();
        checkIns.setId("check-ins");
        checkIns.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        checkIns.addColumn(r -> formats.dates(r.reportingPeriod())).setHeader(getTranslation("checkins.period")).setAutoWidth(true);
        checkIns.addComponentColumn(r -> new StateBadge(r.status())).setHeader(getTranslation("checkins.status")).setAutoWidth(true);
        checkIns.addColumn(r -> formats.moment(r.submittedAt().orElse(null))).setHeader(getTranslation("checkins.submittedAt")).setAutoWidth(true);
        checkIns.addColumn(r -> r.reviewerName().orElse("")).setHeader(getTranslation("checkins.reviewer")).setAutoWidth(true);
        checkIns.addColumn(r -> formats.moment(r.reviewedAt().orElse(null))).setHeader(getTranslation("checkins.reviewedAt")).setAutoWidth(true);
        checkIns.setEmptyStateText(getTranslation("checkins.empty"));
        checkIns.setHeight("14em");   // a page at a time: the list grows by one check-in per period
        checkIns.addItemClickListener(click -> show(click.getItem().id()));
        return checkIns;
    }

    /** The reviewer's comment on a returned period, which the delegation has to answer. */
    private String returnComment(ReportingPeriod period) {
        if (period.state() != ReportingState.RETURNED) return "";
        return period.report().map(progress::report).flatMap(ProgressReport::reviewComment).orElse("");
    }

    /** For the delegation: start (or go on with) the check-in of a period that is due, overdue or returned. */
    private Button periodAction(ReportingPeriod period) {
        var action = new Button();
        action.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (!access.mayActFor(delegation) || !OPEN_FOR_CHECK_IN.contains(period.state())) {
            action.setVisible(false);
            return action;
        }
        var existing = period.state() == ReportingState.RETURNED ? period.report() : draftOf(period.dates());
        action.setText(getTranslation(existing.isPresent() ? "checkins.continue" : "checkins.start"));
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        action.addClickListener(click -> existing.ifPresentOrElse(this::show, () -> showForm(null, period.dates())));
        return action;
    }

    private Optional<Long> draftOf(DateRange dates) {
        return progress.reportsOf(delegationId, 0, 100).items().stream()
                .filter(r -> r.status() == ProgressReportStatus.DRAFT && r.reportingPeriod().end().equals(dates.end()))
                .map(ProgressReport::id).findFirst();
    }

    /** Reads the calendar and the check-ins again and closes what the detail area showed. */
    private void reload() {
        calendar.setItems(progress.reportingPeriods(delegationId));
        checkIns.setItems(query -> progress.reportsOf(delegationId, query.getOffset(), query.getLimit()).items().stream(),
                query -> Math.toIntExact(progress.reportsOf(delegationId, 0, 1).total()));
        detail.removeAll();
        form = null;
        review = null;
    }

    /** Opens a check-in: the form for the delegation while it is editable, else read-only, with the decision for a reviewer. */
    void show(long reportId) {
        var report = progress.report(reportId);
        if (report.status().isEditable() && access.mayActFor(report.delegation())) {
            showForm(report, report.reportingPeriod());
            return;
        }
        detail.removeAll();
        form = null;
        var mayDecide = report.status() == ProgressReportStatus.SUBMITTED && access.mayAccompany(report.delegation());
        review = new CheckInReview(report, progress.changes(reportId), mayDecide, formats);
        review.addDecisionListener(decision -> Attempt.writeAndReload(() -> progress.review(reportId, report.version(),
                decision.decision(), decision.comment()), this::reload));
        detail.add(new H3(getTranslation("checkins.checkIn", formats.dates(report.reportingPeriod()))), review);
    }

    private void showForm(ProgressReport report, DateRange dates) {
        detail.removeAll();
        review = null;
        form = new CheckInForm(roadmaps.wholeOfDelegation(delegationId), report, dates, formats);
        form.addSaveListener(save -> save(report, dates, save.content(), save.submit()));
        var heading = new H3(getTranslation("checkins.checkIn", formats.dates(dates)));
        detail.add(heading);
        if (report != null) report.reviewComment().ifPresent(comment ->
                detail.add(new Span(getTranslation("review.returnedWith", comment))));
        detail.add(form);
    }

    /** Stores the check-in (a new draft or a revision) and submits it when asked; a refusal leaves the form as typed. */
    private void save(ProgressReport report, DateRange dates, ReportContent content, boolean submit) {
        var saved = new ProgressReport[1];
        if (!Attempt.write(() -> saved[0] = report == null ? progress.draft(delegationId, dates, content)
                : progress.revise(report.id(), report.version(), content), this::reload)) return;
        if (submit && !Attempt.write(() -> progress.submit(saved[0].id(), saved[0].version()), this::reload)) {
            reload();
            show(saved[0].id());
            return;
        }
        Attempt.saved();
        reload();
        if (!submit) show(saved[0].id());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        UnsavedChanges.confirmLeaving(event, form != null && form.hasUnsavedChanges());
    }

    @Override
    public String getPageTitle() { return title; }
}
