package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.napacademy.application.CountryService;
import org.napacademy.application.CurriculumService;
import org.napacademy.application.EntityNotFound;
import org.napacademy.application.GatheringRoadmapService;
import org.napacademy.application.HistoryService;
import org.napacademy.application.IndicatorService;
import org.napacademy.application.NodeOutline;
import org.napacademy.application.RoadmapOutline;
import org.napacademy.application.RoadmapService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.Confirmations;
import org.napacademy.interfaces.ui.common.DownloadLinks;
import org.napacademy.interfaces.ui.common.UnsavedChanges;
import org.napacademy.interfaces.ui.gathering.EndorsementsPanel;
import org.napacademy.interfaces.ui.imports.ImportButtons;
import org.napacademy.interfaces.ui.common.Formats;
import org.napacademy.interfaces.words.ProgrammeWords;

/**
 * One delegation's roadmap: a header with its status, the allowed transitions and its progress; the tree
 * of goals, outcomes, outputs and activities with a form beside it for the selected node (details, budget
 * lines, indicators); and a timeline of the activities by month. Structure changes only in DRAFT (the
 * service says so when refused); statuses and actuals change in any status.
 */
@Dependent
@Route(value = "roadmaps/:" + RoadmapView.ID, layout = MainLayout.class)
public class RoadmapView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    public static final String ID = "id";
    /** Query parameter naming the node to select on opening, e.g. roadmaps/12?node=340 (links from the reminders). */
    public static final String NODE = "node";

    private final RoadmapService roadmaps;
    private final AccessPolicy access;
    private final IndicatorService indicators;
    private final CurriculumService curriculum;
    private final HistoryService history;
    private final Map<String, String> countryNames;
    private final Formats formats;

    private final VerticalLayout header = new VerticalLayout();
    final TreeGrid<NodeOutline> tree = new TreeGrid<>();
    private final Paragraph emptyTree = new Paragraph();
    private final Paragraph structureLocked = new Paragraph();
    final Button addGoal = new Button("", VaadinIcon.PLUS.create());
    final Button addChild = new Button(VaadinIcon.PLUS.create());
    final Button move = new Button(getTranslation("node.move"), VaadinIcon.ARROWS_LONG_H.create());
    final Button showHistory = new Button(getTranslation("history.action"), VaadinIcon.CLOCK.create());
    private final Paragraph nothingSelected = new Paragraph(getTranslation("node.nothingSelected"));
    private TabSheet editorTabs;
    private final VerticalLayout editor = new VerticalLayout();
    private final RoadmapTimeline timeline;
    private TabSheet views;
    private Tab timelineTab;
    private final List<Grid.Column<NodeOutline>> detailColumns = new ArrayList<>();
    NodeForm nodeForm;
    private BudgetPanel budgetPanel;
    private IndicatorsPanel indicatorsPanel;

    private long roadmapId;
    /** What the screen shows and keeps: values only, read again after every change. */
    private RoadmapOutline roadmap;
    private Long selectedNodeId;
    /** Whether the actor may change this roadmap: a reader sees no editing buttons (the service would refuse them). */
    private boolean editable;
    /** For a gathering's shared roadmap only: its adoption and endorsements, and the cohort's delegations by name. */
    @Inject GatheringRoadmapService gatherings;
    private EndorsementsPanel endorsementsPanel;
    private Map<Long, String> members = Map.of();

    @Inject
    public RoadmapView(RoadmapService roadmaps, IndicatorService indicators, CurriculumService curriculum, CountryService countries,
                       HistoryService history, AccessPolicy access) {
        this.roadmaps = roadmaps;
        this.access = access;
        this.indicators = indicators;
        this.curriculum = curriculum;
        this.history = history;
        this.countryNames = countries.countryNames(getLocale());
        this.formats = new Formats(getLocale());
        this.timeline = new RoadmapTimeline(formats);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(ID);
        if (id.isEmpty()) {
            showMissing();
            return;
        }
        selectedNodeId = event.getLocation().getQueryParameters().getSingleParameter(NODE)
                .filter(node -> node.matches("\\d{1,18}")).map(Long::valueOf).orElse(selectedNodeId);
        open(id.get());
    }

    /** Shows the roadmap {@code id}, or a notice with a way back when it does not exist. */
    void open(long id) {
        roadmapId = id;
        try {
            roadmap = roadmaps.outline(id);
            editable = roadmap.mayEdit();
        } catch (EntityNotFound missing) {
            showMissing();
            return;
        }
        build();
        refresh();
    }

    private void showMissing() {
        removeAll();
        add(new H1(getTranslation("roadmap.missing")), new RouterLink(getTranslation("roadmap.backToList"), RoadmapListView.class));
    }

    private void build() {
        removeAll();
        nodeForm = null;
        budgetPanel = null;
        indicatorsPanel = null;
        editor.removeAll();
        editor.setPadding(false);
        editor.getStyle().set("flex", "2 1 440px").set("min-width", "0");
        nothingSelected.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");

        configureTree();
        addGoal.setText(getTranslation("node.addChild", words().level(ResultLevel.GOAL)));
        buildGatheringParts();
        addGoal.addClickListener(click -> {
            tree.deselectAll();
            var cohortDates = roadmap.cohortDates();
            openNode(NodeDraft.newGoal(cohortDates.start(), cohortDates.start().plusYears(3).minusDays(1)));
        });
        addChild.addClickListener(click -> selectedNode().ifPresent(parent -> roadmap.template().levelBelow(parent.level())
                .ifPresent(level -> openNode(NodeDraft.childOf(parent, level)))));
        move.addClickListener(click -> selectedNode().ifPresent(this::openMoveDialog));
        showHistory.addClickListener(click -> selectedNode().ifPresent(node -> new HistoryDialog(node.id(), node.title(), history).open()));
        for (var button : new Button[] {addGoal, addChild, move, showHistory}) button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        // readers see the history; only those who may edit get the structure buttons
        addGoal.setVisible(editable);
        var toolbar = new HorizontalLayout(addGoal, addChild, move, showHistory);
        toolbar.getStyle().set("flex-wrap", "wrap");
        structureLocked.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");
        emptyTree.setText(getTranslation("node.emptyTree"));

        var treeColumn = new VerticalLayout(toolbar, structureLocked, nothingSelected, emptyTree, tree);
        treeColumn.setPadding(false);
        treeColumn.getStyle().set("flex", "3 1 540px").set("min-width", "0");
        tree.setHeight("32em");

        var structure = new Div(treeColumn, editor);
        structure.setWidthFull();
        structure.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "flex-start");

        views = new TabSheet();
        views.setWidthFull();
        views.add(getTranslation("roadmap.tab.tree"), structure);
        timelineTab = views.add(getTranslation("roadmap.tab.timeline"), timeline);
        if (endorsementsPanel != null) views.add(getTranslation("gathering.endorsements"), endorsementsPanel);
        views.addSelectedChangeListener(change -> showTimelineWhenSelected());
        add(header, views);
    }

    /**
     * The editor beside the tree (details, budget lines, indicators), built when a node is first opened: someone who only
     * reads the roadmap keeps no forms in their session (issue 10: memory per UI session).
     */
    private void buildEditor() {
        if (nodeForm != null) return;
        var modules = new LinkedHashMap<Long, String>();
        curriculum.modules(roadmap.programmeId(), 0, 100)
                .forEach(m -> modules.put(m.id(), m.title().in(getLocale())));
        nodeForm = new NodeForm(modules, roadmap.template().tags(), words());
        nodeForm.addSaveListener(save -> saveNode(save.draft()));
        nodeForm.addDeleteListener(delete -> Confirmations.delete(delete.draft().getTitle(), () -> deleteNode(delete.draft())));
        nodeForm.addCloseListener(close -> tree.deselectAll());
        if (roadmap.isGatheringRoadmap()) nodeForm.assignedDelegationId.offer(members);
        budgetPanel = new BudgetPanel(formats, lines -> selectedNode().ifPresent(node -> {
            Attempt.writeAndReload(() -> roadmaps.replaceBudgetLines(node.id(), node.version(), lines), this::reload);
        }));
        indicatorsPanel = new IndicatorsPanel(indicators, formats, this::reload);
        editorTabs = new TabSheet();
        editorTabs.add(getTranslation("node.tab.details"), nodeForm);
        editorTabs.add(getTranslation("node.tab.budget"), budgetPanel);
        editorTabs.add(getTranslation("node.tab.indicators"), indicatorsPanel);
        editorTabs.setWidthFull();
        nodeForm.setEnabled(editable);
        budgetPanel.setEnabled(editable);
        indicatorsPanel.setEnabled(editable);
        editor.add(editorTabs);
    }

    /** A shared roadmap's results are assigned to the cohort's delegations, which endorse it; a delegation's roadmap has neither. */
    private void buildGatheringParts() {
        endorsementsPanel = null;
        if (!roadmap.isGatheringRoadmap()) return;
        var locale = getLocale();
        members = new LinkedHashMap<>();
        gatherings.members(roadmap.cohortId()).stream().map(m -> Map.entry(m.id(), m.country().in(locale)))
                .sorted(Map.Entry.comparingByValue()).forEach(m -> members.put(m.getKey(), m.getValue()));
        var assignee = tree.addColumn(n -> n.assignedDelegationId() == null ? "" : members.getOrDefault(n.assignedDelegationId(), ""))
                .setHeader(getTranslation("gathering.assignedTo")).setAutoWidth(true).setFlexGrow(0);
        detailColumns.add(assignee);
        // right after the title and the level, where it stays in view on a narrow screen
        var columns = new ArrayList<>(tree.getColumns());
        columns.remove(assignee);
        columns.add(2, assignee);
        tree.setColumnOrder(columns);
        endorsementsPanel = new EndorsementsPanel(gatherings, formats, this::reload);
    }

    /** " · Adopted by the gathering on 28 Nov 2025" for an adopted shared roadmap; nothing otherwise. */
    private String adoptionNote() {
        return roadmap.adoption().map(day -> " · " + getTranslation("gathering.adoptedOn", formats.date(day))).orElse("");
    }

    private String tagLabel(NodeOutline node) { return words().tag(roadmap.template(), node.tag()); }

    private ProgrammeWords words() { return ProgrammeWords.of(roadmap.vocabulary(), getLocale()); }

    private void configureTree() {
        tree.addHierarchyColumn(NodeOutline::title).setHeader(getTranslation("node.title")).setFlexGrow(1).setWidth("17em")
                .setTooltipGenerator(NodeOutline::title).setResizable(true).setSortable(false);
        tree.addColumn(n -> words().level(n.level())).setHeader(getTranslation("node.level")).setAutoWidth(true)
                .setFlexGrow(0);
        if (roadmap.template().usesTags())
            detailColumns.add(tree.addColumn(this::tagLabel).setHeader(words().word(Term.TAG)).setAutoWidth(true).setFlexGrow(0));
        detailColumns.add(tree.addColumn(n -> n.optionalResponsibleInstitution().orElse("")).setHeader(getTranslation("node.responsibleInstitution"))
                .setWidth("10em").setFlexGrow(0).setResizable(true).setTooltipGenerator(n -> n.optionalResponsibleInstitution().orElse("")));
        tree.addColumn(n -> formats.dates(n.schedule())).setHeader(getTranslation("node.dates")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(StatusBadge.renderer(NodeOutline::rolledUpStatus, status -> getTranslation("roadmap.progress." + status)))
                .setHeader(getTranslation("node.status"))
                .setAutoWidth(true).setFlexGrow(0);
        detailColumns.add(tree.addColumn(n -> formats.money(n.budgetTotals().values())).setHeader(getTranslation("node.budget"))
                .setAutoWidth(true).setFlexGrow(0));
        tree.addSelectionListener(selection -> {
            selectedNodeId = selection.getFirstSelectedItem().map(NodeOutline::id).orElse(null);
            selection.getFirstSelectedItem().ifPresentOrElse(this::showNode, this::closeEditor);
        });
    }

    /** Reads the roadmap again (after a change, or when someone else changed it) and shows it. */
    void reload() {
        try {
            roadmap = roadmaps.outline(roadmapId);
            editable = roadmap.mayEdit();
        } catch (EntityNotFound missing) {
            showMissing();
            return;
        }
        refresh();
    }

    private void refresh() {
        showHeader();
        var keep = selectedNodeId;
        tree.setItems(roadmap.goals(), NodeOutline::children);
        tree.expandRecursively(roadmap.goals(), ResultLevel.values().length);
        emptyTree.setVisible(roadmap.goals().isEmpty());
        tree.setVisible(!roadmap.goals().isEmpty());
        structureLocked.setText(roadmap.isDraft() ? getTranslation("roadmap.structureOpen")
                : getTranslation("roadmap.structureLocked", getTranslation("roadmap.status." + roadmap.status())));
        showTimelineWhenSelected();
        var previous = roadmap.nodes().stream().filter(n -> Objects.equals(n.id(), keep)).findFirst();
        previous.ifPresentOrElse(node -> {
            tree.select(node);
            tree.scrollToIndex(pathOf(node));
        }, this::closeEditor);
    }

    /** The timeline has a few components per activity: built when its tab is open, dropped while it is not. */
    private void showTimelineWhenSelected() {
        if (views != null && views.getSelectedTab() == timelineTab) timeline.show(roadmap);
        else timeline.removeAll();
    }

    /** The node's place in the tree as TreeGrid scrolls to it: its goal's index, then each child index below. */
    private int[] pathOf(NodeOutline node) {
        var path = new ArrayDeque<Integer>();
        for (var current = node; current != null; current = roadmap.parentOf(current).orElse(null)) {
            var self = current;
            var siblings = roadmap.parentOf(current).map(NodeOutline::children).orElse(roadmap.goals());
            path.push(IntStream.range(0, siblings.size()).filter(i -> siblings.get(i) == self).findFirst().orElse(0));
        }
        return path.stream().mapToInt(Integer::intValue).toArray();
    }

    private void showHeader() {
        header.removeAll();
        header.setPadding(false);
        header.setSpacing(false);
        header.getStyle().set("gap", "var(--lumo-space-s)");
        var title = new H1(roadmap.title());
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0");
        var whose = new Span(roadmap.country().map(code -> countryNames.getOrDefault(code, code) + " · ")
                .orElseGet(() -> getTranslation("gathering.owner") + " · ") + roadmap.cohortName() + adoptionNote());
        whose.getStyle().set("color", "var(--lumo-secondary-text-color)");

        var status = new Span(getTranslation("roadmap.statusIs", getTranslation("roadmap.status." + roadmap.status())));
        status.getStyle().set("font-weight", "600");
        var statusRow = new HorizontalLayout(status);
        statusRow.setAlignItems(FlexComponent.Alignment.CENTER);
        statusRow.getStyle().set("flex-wrap", "wrap");
        Arrays.stream(RoadmapStatus.values()).filter(roadmap.status()::mayBecome)
                // a gathering adopts its shared roadmap on a day, in the endorsements tab, rather than endorsing it here
                .filter(next -> !(roadmap.isGatheringRoadmap() && next == RoadmapStatus.ENDORSED))
                .filter(next -> next == RoadmapStatus.SUBMITTED ? editable : roadmap.mayReview()).forEach(next -> {
            var button = new Button(getTranslation("roadmap.transition." + roadmap.status() + "." + next),
                    click -> changeStatus(next));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, next == RoadmapStatus.DRAFT ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY);
            statusRow.add(button);
        });

        var progress = roadmap.progress();
        var figures = new HorizontalLayout(
                figure(getTranslation("roadmap.progress.activitiesDone"), getTranslation("roadmap.progress.activities",
                        progress.activitiesDone(), progress.activities(), formats.share(progress.activitiesDoneShare()))),
                figure(getTranslation("roadmap.progress.indicatorsOnTrack"), getTranslation("roadmap.progress.indicators",
                        progress.indicatorsOnTrack(), progress.indicatorsMeasured(), formats.share(progress.indicatorsOnTrackShare()))),
                figure(getTranslation("roadmap.health"), new StatusBadge(roadmap.rolledUpStatus())));
        figures.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        var back = new RouterLink(getTranslation("roadmap.backToList"), RoadmapListView.class);
        var downloads = new DownloadLinks("api/v1/roadmaps/" + roadmap.id() + "/exports", List.of("pdf", "xlsx", "csv", "iati"));
        header.add(back, title, whose, statusRow, figures, downloads);
        if (editable) header.add(ImportButtons.actuals(roadmap.id(), roadmap.title(), this::reload));
        if (editable && !roadmap.isGatheringRoadmap()) header.add(sharing());
        if (endorsementsPanel != null) endorsementsPanel.show(roadmap, members, roadmap.mayReview(),
                id -> roadmap.mayReview() || access.ownDelegation().filter(own -> own == id).isPresent());
    }

    /** Peer learning: the delegation lets the other delegations of its cohort read the roadmap. */
    private Checkbox sharing() {
        var share = new Checkbox(getTranslation("roadmap.share"), roadmap.sharedWithCohort());
        share.setId("share-with-cohort");
        share.addValueChangeListener(change -> {
            if (change.isFromClient())
                Attempt.writeAndReload(() -> roadmaps.share(roadmapId, roadmap.version(), change.getValue()), this::reload);
        });
        return share;
    }

    private Component figure(String label, String value) { return figure(label, new Span(value)); }

    private Component figure(String label, Component value) {
        var caption = new Span(label);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        value.getElement().getStyle().set("font-weight", "600");
        var box = new VerticalLayout(caption, value);
        box.setPadding(false);
        box.setSpacing(false);
        box.setWidth(null);
        return box;
    }

    private void changeStatus(RoadmapStatus next) {
        Attempt.writeAndReload(() -> roadmaps.changeStatus(roadmapId, roadmap.version(), next), this::reload);
    }

    private void showNode(NodeOutline node) {
        buildEditor();
        showEditor(true);
        var structureEditable = roadmap.isDraft();
        nodeForm.edit(NodeDraft.of(node), structureEditable);
        budgetPanel.show(node, structureEditable);
        editorTabs.getTab(budgetPanel).setVisible(true);
        editorTabs.getTab(indicatorsPanel).setVisible(node.level().carriesIndicators());
        if (node.level().carriesIndicators()) indicatorsPanel.show(node, structureEditable);
        else if (editorTabs.getSelectedIndex() == 2) editorTabs.setSelectedIndex(0);
        var below = roadmap.template().levelBelow(node.level());
        addChild.setVisible(editable && below.isPresent());
        below.ifPresent(level -> addChild.setText(getTranslation("node.addChild", words().level(level))));
        move.setVisible(editable && node.level() != ResultLevel.GOAL);
        showHistory.setVisible(true);
    }

    private void openNode(NodeDraft draft) {
        buildEditor();
        showEditor(true);
        editorTabs.setSelectedIndex(0);
        editorTabs.getTab(budgetPanel).setVisible(false);
        editorTabs.getTab(indicatorsPanel).setVisible(false);
        nodeForm.edit(draft, true);
        nodeForm.title.focus();
    }

    /**
     * The editor takes the right of the tree only while it shows a node; the tree then leaves out the
     * columns the form shows (pillar, institution, budget) so that titles stay readable.
     */
    private void showEditor(boolean shown) {
        nothingSelected.setVisible(!shown);
        editor.setVisible(shown);
        detailColumns.forEach(column -> column.setVisible(!shown));
    }

    private void closeEditor() {
        showEditor(false);
        addChild.setVisible(false);
        move.setVisible(false);
        showHistory.setVisible(false);
    }

    private void saveNode(NodeDraft draft) {
        Attempt.writeAndReload(() -> selectedNodeId = draft.isNew()
                ? roadmaps.addNode(roadmapId, draft.toNewNode()).id()
                : roadmaps.updateNode(draft.getId(), draft.getVersion(), draft.toDetails()).id(), this::reload);
    }

    private void deleteNode(NodeDraft draft) {
        if (Attempt.write(() -> roadmaps.deleteNode(draft.getId(), draft.getVersion()), this::reload)) {
            selectedNodeId = null;
            Attempt.saved();
            reload();
        }
    }

    private void openMoveDialog(NodeOutline node) {
        new MoveDialog(node, roadmap, words(), newParent -> {
            if (Attempt.write(() -> roadmaps.moveNode(node.id(), node.version(), newParent.id(), null), this::reload)) {
                Attempt.saved();
                reload();
                return true;
            }
            return false;
        }).open();
    }

    private Optional<NodeOutline> selectedNode() { return tree.getSelectedItems().stream().findFirst(); }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        UnsavedChanges.confirmLeaving(event, nodeForm != null && nodeForm.hasUnsavedChanges());
    }

    @Override
    public String getPageTitle() {
        var what = roadmap == null ? getTranslation("roadmaps.title") : roadmap.title();
        return what + " · " + getTranslation("app.title");
    }
}
