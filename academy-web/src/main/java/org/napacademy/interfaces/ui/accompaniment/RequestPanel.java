package org.napacademy.interfaces.ui.accompaniment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.napacademy.application.AccompanimentService;
import org.napacademy.application.NewMentoringNote;
import org.napacademy.application.NewMentoringSession;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.MentoringNote;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.Confirmations;
import org.napacademy.interfaces.ui.common.DraftForm;
import org.napacademy.interfaces.ui.common.FormDialog;
import org.napacademy.interfaces.ui.common.Formats;

/**
 * One assistance request as both accompaniment views show it: the question, the trainer's answer, the mentoring
 * session and the notes logged on it. A trainer of the cohort answers, schedules (or moves) the session, logs a
 * note and closes the request from here; each action opens a form in a dialog and goes through the service.
 */
public class RequestPanel extends VerticalLayout {
    private final AccompanimentService accompaniment;
    private final AccessPolicy access;
    private final Formats formats;
    private final AssistanceTexts texts;
    private final Runnable changed;

    final Button answer = new Button(getTranslation("assistance.action.answer"), VaadinIcon.COMMENT.create());
    final Button schedule = new Button(getTranslation("assistance.action.schedule"), VaadinIcon.CALENDAR_CLOCK.create());
    final Button note = new Button(getTranslation("assistance.action.note"), VaadinIcon.NOTEBOOK.create());
    final Button close = new Button(getTranslation("assistance.action.close"), VaadinIcon.CHECK_CIRCLE.create());
    /** The dialog an action opened, for tests to fill in. */
    FormDialog<?> dialog;
    private AssistanceRequest request;

    /** {@code changed} runs after every successful write, so the view refreshes its lists. */
    public RequestPanel(AccompanimentService accompaniment, AccessPolicy access, Formats formats, Runnable changed) {
        this.accompaniment = accompaniment;
        this.access = access;
        this.formats = formats;
        this.texts = new AssistanceTexts(this, formats);
        this.changed = changed;
        setId("assistance-request");
        setPadding(false);
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClickListener(click -> openAnswer());
        schedule.addClickListener(click -> openSchedule());
        note.addClickListener(click -> openNote());
        close.addClickListener(click -> Confirmations.ask(getTranslation("assistance.close.title"),
                getTranslation("assistance.close.text"), getTranslation("assistance.action.close"), false, this::closeRequest));
        setVisible(false);
    }

    /** Shows the request {@code id}, read afresh. */
    public void show(long id) {
        request = accompaniment.request(id);
        removeAll();
        setVisible(true);
        add(new H3(getTranslation("assistance.request.heading", texts.topic(request), formats.moment(request.raisedAt()))));
        add(facts());
        var question = new Paragraph(request.text());
        question.setId("request-text");
        question.getStyle().set("white-space", "pre-line").set("margin", "0");
        add(question);
        add(answerSection(), sessionSection(), notesSection());
        if (access.mayAccompany(request.delegation()) && !request.isClosed()) add(actions());
    }

    /** Hides the panel, e.g. when the list it belongs to was filtered. */
    public void clear() {
        request = null;
        removeAll();
        setVisible(false);
    }

    private Component facts() {
        var facts = new FlexLayout(
                fact("assistance.delegation", request.delegation().country().name().in(getLocale()) + " · "
                        + request.delegation().cohort().name()),
                fact("assistance.urgency", texts.urgency(request)),
                fact("assistance.status", texts.status(request)),
                fact("assistance.raisedBy", request.raisedBy()),
                fact("assistance.responseTime", texts.responseTime(request.responseTime())));
        request.closedAt().ifPresent(at -> facts.add(fact("assistance.closedAt", formats.moment(at))));
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-l)");
        return facts;
    }

    private Component fact(String key, String value) {
        var label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        var shown = new Span(value);
        shown.getStyle().set("font-weight", "500");
        return new Span(label, shown);
    }

    private Component answerSection() {
        var section = new Div(new H4(getTranslation("assistance.answer")));
        section.setId("request-answer");
        section.setWidthFull();
        request.answer().ifPresentOrElse(text -> {
            var body = new Paragraph(text);
            body.getStyle().set("white-space", "pre-line").set("margin", "0");
            section.add(body, quiet(getTranslation("assistance.answeredBy", request.answeredBy().orElse(""),
                    formats.moment(request.answeredAt().orElse(null)))));
        }, () -> section.add(quiet(getTranslation("assistance.answer.none"))));
        return section;
    }

    private Component sessionSection() {
        var section = new Div(new H4(getTranslation("assistance.session")));
        section.setId("request-session");
        section.setWidthFull();
        request.mentoringSession().ifPresentOrElse(slot -> {
            section.add(new Paragraph(texts.session(request, slot)));
            slot.meetingLink().ifPresent(link -> {
                var anchor = new Anchor(link, getTranslation("assistance.session.join"), AnchorTarget.BLANK);
                anchor.setTitle(link);
                section.add(anchor);
            });
        }, () -> section.add(quiet(getTranslation("assistance.session.none"))));
        return section;
    }

    private Component notesSection() {
        var section = new Div(new H4(getTranslation("assistance.notes.ofRequest")));
        section.setWidthFull();
        var notes = accompaniment.notesOfRequest(request.id());
        if (notes.isEmpty()) section.add(quiet(getTranslation("assistance.notes.none")));
        for (MentoringNote logged : notes) {
            var line = new Paragraph(formats.date(logged.date()) + " · " + logged.trainerUsername() + ": " + logged.note());
            line.getStyle().set("white-space", "pre-line").set("margin", "0 0 var(--lumo-space-xs) 0");
            section.add(line);
        }
        return section;
    }

    private static Span quiet(String text) {
        var span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return span;
    }

    private Component actions() {
        schedule.setText(getTranslation(request.mentoringSession().isPresent() ? "assistance.action.reschedule" : "assistance.action.schedule"));
        var row = new HorizontalLayout(answer, schedule, note, close);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private void openAnswer() {
        var draft = new AnswerDraft();
        request.answer().ifPresent(draft::setAnswer);
        open(getTranslation("assistance.action.answer"), new AnswerForm(), draft,
                saved -> accompaniment.answer(request.id(), request.version(), saved.getAnswer()));
    }

    private void openSchedule() {
        var draft = request.mentoringSession().map(MentoringDraft::of).orElseGet(MentoringDraft::new);
        open(getTranslation("assistance.action.schedule"), new MentoringForm(request.timeZone()), draft,
                saved -> accompaniment.scheduleMentoring(request.id(), request.version(),
                        new NewMentoringSession(saved.getStartsAt(), saved.getMode(), saved.getMeetingLink())));
    }

    private void openNote() {
        var draft = new NoteDraft();
        draft.setDate(LocalDate.now(request.timeZone()));
        open(getTranslation("assistance.action.note"), new NoteForm(), draft,
                saved -> accompaniment.logMentoring(request.delegation().id(), new NewMentoringNote(request.id(), saved.getDate(), saved.getNote())));
    }

    private void closeRequest() {
        var id = request.id();
        if (Attempt.write(() -> accompaniment.close(id, request.version()), () -> refresh(id))) {
            Attempt.saved();
            refresh(id);
        }
    }

    /** Opens {@code form} on {@code draft} in a dialog; a save runs {@code write}, and a refusal keeps the dialog open. */
    private <T> void open(String title, DraftForm<T> form, T draft, Consumer<T> write) {
        var id = request.id();
        form.edit(draft, false);
        var opened = new FormDialog<>(title, form);
        form.addSaveListener(save -> {
            if (Attempt.write(() -> write.accept(save.draft()), () -> {
                opened.close();
                refresh(id);
            })) {
                opened.close();
                Attempt.saved();
                refresh(id);
            }
        });
        dialog = opened;
        opened.open();
    }

    private void refresh(long id) {
        changed.run();
        show(id);
    }
}
