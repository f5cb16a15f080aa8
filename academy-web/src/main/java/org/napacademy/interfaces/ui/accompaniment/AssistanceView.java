package org.napacademy.interfaces.ui.accompaniment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.napacademy.application.AccompanimentService;
import org.napacademy.application.CurriculumService;
import org.napacademy.application.DelegationService;
import org.napacademy.application.NewAssistanceRequest;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.MentoringNote;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.FormDialog;
import org.napacademy.interfaces.ui.common.Formats;

/**
 * A delegation's technical accompaniment: its assistance requests (newest first) and the mentoring notes trainers
 * logged. A delegate of the delegation asks for assistance on a module of the curriculum; everyone who may read the
 * delegation's records opens a request to see the trainer's answer and the mentoring session; the cohort's trainers
 * act on it from here as from their queue.
 */
@Dependent
@Route(value = "delegations/:" + AssistanceView.ID + "/assistance", layout = MainLayout.class)
public class AssistanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    public static final String ID = "id";

    private final AccompanimentService accompaniment;
    private final DelegationService delegations;
    private final CurriculumService curriculum;
    private final AccessPolicy access;
    private final Formats formats;
    private final AssistanceTexts texts;

    final Grid<AssistanceRequest> requests = new Grid<>();
    final Grid<MentoringNote> notes = new Grid<>();
    final Button ask = new Button(getTranslation("assistance.action.ask"), VaadinIcon.QUESTION_CIRCLE.create());
    final RequestPanel detail;
    /** The dialog of the request being raised, for tests to fill in. */
    FormDialog<AssistanceDraft> askDialog;

    private long delegationId;
    private Delegation delegation;
    private String title = "";

    @Inject
    public AssistanceView(AccompanimentService accompaniment, DelegationService delegations, CurriculumService curriculum,
                          AccessPolicy access) {
        this.accompaniment = accompaniment;
        this.delegations = delegations;
        this.curriculum = curriculum;
        this.access = access;
        this.formats = new Formats(getLocale());
        this.texts = new AssistanceTexts(this, formats);
        this.detail = new RequestPanel(accompaniment, access, formats, this::reload);
        setWidthFull();
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickListener(click -> openAsk());
        configureRequests();
        configureNotes();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().getLong(ID).orElse(-1L));
    }

    /** Shows the delegation {@code id}; the services refuse a delegation whose records the actor may not read. */
    void open(long id) {
        delegationId = id;
        delegation = delegations.delegation(id);
        title = getTranslation("assistance.delegation.title", delegation.country().name().in(getLocale()));
        ask.setVisible(access.mayActFor(delegation));
        var heading = new HorizontalLayout(new H1(title), ask);
        heading.setWidthFull();
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        heading.getStyle().set("flex-wrap", "wrap");
        removeAll();
        add(heading, new H3(getTranslation("assistance.requests")), requests, detail, new H3(getTranslation("assistance.notes")), notes);
        detail.clear();
        reload();
    }

    private void configureRequests() {
        requests.setId("assistance-requests");
        requests.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        requests.addColumn(r -> formats.moment(r.raisedAt())).setHeader(getTranslation("assistance.raisedAt")).setAutoWidth(true).setFlexGrow(0);
        requests.addColumn(texts::topic).setHeader(getTranslation("assistance.topic")).setFlexGrow(1);
        requests.addColumn(texts::gist).setHeader(getTranslation("assistance.question")).setFlexGrow(2);
        requests.addColumn(texts::urgency).setHeader(getTranslation("assistance.urgency")).setAutoWidth(true).setFlexGrow(0);
        requests.addColumn(texts::status).setKey("status").setHeader(getTranslation("assistance.status")).setAutoWidth(true).setFlexGrow(0);
        requests.addColumn(r -> texts.responseTime(r.responseTime())).setHeader(getTranslation("assistance.responseTime"))
                .setAutoWidth(true).setFlexGrow(0);
        requests.setEmptyStateText(getTranslation("assistance.requests.empty"));
        requests.setHeight("16em");
        requests.addItemClickListener(click -> detail.show(click.getItem().id()));
    }

    private void configureNotes() {
        notes.setId("mentoring-notes");
        notes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        notes.addColumn(n -> formats.date(n.date())).setHeader(getTranslation("assistance.note.date")).setAutoWidth(true).setFlexGrow(0);
        notes.addColumn(MentoringNote::trainerUsername).setHeader(getTranslation("assistance.note.trainer")).setAutoWidth(true).setFlexGrow(0);
        notes.addColumn(MentoringNote::note).setHeader(getTranslation("assistance.note.text")).setFlexGrow(1);
        notes.setEmptyStateText(getTranslation("assistance.notes.empty"));
        notes.setHeight("12em");
    }

    private void reload() {
        requests.setItems(query -> accompaniment.requestsOf(delegationId, query.getOffset(), query.getLimit()).items().stream(),
                query -> Math.toIntExact(accompaniment.requestsOf(delegationId, 0, 1).total()));
        notes.setItems(query -> accompaniment.notesOf(delegationId, query.getOffset(), query.getLimit()).items().stream(),
                query -> Math.toIntExact(accompaniment.notesOf(delegationId, 0, 1).total()));
    }

    private void openAsk() {
        var form = new AssistanceForm(curriculum.modules(delegation.cohort().programme().id(), 0, 100));
        form.edit(new AssistanceDraft(), false);
        askDialog = new FormDialog<>(getTranslation("assistance.action.ask"), form);
        form.addSaveListener(save -> raise(save.draft()));
        askDialog.open();
    }

    /** Raises the request as the signed-in delegate; a refusal keeps the dialog open with what was typed. */
    private void raise(AssistanceDraft draft) {
        var raised = new AssistanceRequest[1];
        var command = new NewAssistanceRequest(draft.getTopic() == null ? null : draft.getTopic().id(), access.actor().username(),
                draft.getText(), draft.getUrgency());
        if (!Attempt.write(() -> raised[0] = accompaniment.ask(delegationId, command), this::reload)) return;
        askDialog.close();
        Attempt.saved();
        reload();
        detail.show(raised[0].id());
    }

    @Override
    public String getPageTitle() { return title; }
}
