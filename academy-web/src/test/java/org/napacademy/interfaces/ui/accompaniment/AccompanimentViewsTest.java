package org.napacademy.interfaces.ui.accompaniment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.interfaces.ui.ViewTestSupport.withId;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.AccompanimentService;
import org.napacademy.application.CountryService;
import org.napacademy.application.DelegationService;
import org.napacademy.application.Listing;
import org.napacademy.application.MentoringScheduled;
import org.napacademy.application.NewAssistanceRequest;
import org.napacademy.application.NewMentoringNote;
import org.napacademy.application.NewMentoringSession;
import org.napacademy.application.StaleVersion;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.accompaniment.AssistanceFilter;
import org.napacademy.domain.model.accompaniment.AssistanceOrder;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.AssistanceStatus;
import org.napacademy.domain.model.accompaniment.MentoringMode;
import org.napacademy.domain.model.accompaniment.MentoringNote;
import org.napacademy.domain.model.accompaniment.MentoringSlot;
import org.napacademy.domain.model.accompaniment.Urgency;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.user.Role;
import org.napacademy.interfaces.ui.TestAcademy;
import org.napacademy.interfaces.ui.i18n.AcademyTranslations;

/** The delegation's assistance page and the trainers' queue on the server, without a browser. */
class AccompanimentViewsTest {
    private static final Actor DELEGATE = new Actor(3L, "delegate.bo", Set.of(Role.DELEGATE), 11L, Set.of());
    private static final Actor TRAINER = new Actor(5L, "trainer", Set.of(Role.TRAINER), null, Set.of());
    private static final Instant RAISED = Instant.parse("2025-07-01T14:00:00Z");

    private final TestAcademy academy = new TestAcademy();
    private final Accompaniment accompaniment = new Accompaniment();

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", AcademyTranslations.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("org.napacademy.interfaces.ui.accompaniment"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_delegate_who_leaves_the_question_empty_sees_why_next_to_the_field_and_nothing_is_raised() {
        var view = delegationPage(DELEGATE);
        _click(view.ask);
        var form = (AssistanceForm) view.askDialog.form();

        _click(form.saveButton());

        assertThat(form.text.isInvalid()).isTrue();
        assertThat(form.text.getErrorMessage()).isNotBlank();
        assertThat(accompaniment.asked).isEmpty();
    }

    @Test
    void a_delegate_raises_a_request_on_a_module_and_it_opens_in_the_list() {
        var view = delegationPage(DELEGATE);
        _click(view.ask);
        var form = (AssistanceForm) view.askDialog.form();
        _setValue(form.topic, academy.theoryOfChange);
        _setValue(form.text, "How do we word the outcome on women mediators?");
        _setValue(form.urgency, Urgency.HIGH);

        _click(form.saveButton());

        assertThat(accompaniment.asked).singleElement().isEqualTo(new NewAssistanceRequest(31L, "delegate.bo",
                "How do we word the outcome on women mediators?", Urgency.HIGH));
        assertThat(view.askDialog.isOpened()).isFalse();
        assertThat(GridKt._size(view.requests)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.requests, 0, "status")).isEqualTo("Open");
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.detail.answer.isAttached()).as("a delegate does not answer").isFalse();
    }

    @Test
    void a_delegate_sees_the_trainers_answer_and_the_session_in_the_venue_time() {
        var request = accompaniment.raised(Urgency.MEDIUM);
        request.answer("Start from the 2024 survey.", "trainer", RAISED.plusSeconds(3 * 3600 + 20 * 60));
        request.scheduleMentoring(new MentoringSlot(LocalDateTime.parse("2025-07-08T10:00"), MentoringMode.ONLINE, "https://meet.example.org/bo"));
        var view = delegationPage(DELEGATE);

        GridKt._clickItem(view.requests, 0);

        assertThat(GridKt._getFormatted(view.requests, 0, "status")).isEqualTo("Session scheduled");
        var shown = view.detail.getElement().getTextRecursively();
        assertThat(shown).contains("Start from the 2024 survey.", "(America/Panama) · Online", "Join the meeting", "3 h 20 min");
    }

    @Test
    void a_trainer_answers_and_schedules_a_session_from_the_queue() {
        accompaniment.raised(Urgency.HIGH);
        var view = queue(TRAINER);
        GridKt._clickItem(view.queue, 0);

        _click(view.detail.answer);
        var answer = (AnswerForm) view.detail.dialog.form();
        _setValue(answer.answer, "Use the results chain of module 1.");
        _click(answer.saveButton());
        _click(view.detail.schedule);
        var session = (MentoringForm) view.detail.dialog.form();
        _setValue(session.startsAt, LocalDateTime.parse("2025-07-08T10:00"));
        _setValue(session.mode, MentoringMode.IN_PERSON);
        _click(session.saveButton());

        assertThat(accompaniment.answers).containsExactly("Use the results chain of module 1.");
        assertThat(accompaniment.sessions).containsExactly(new NewMentoringSession(LocalDateTime.parse("2025-07-08T10:00"),
                MentoringMode.IN_PERSON, null));
        assertThat(GridKt._getFormatted(view.queue, 0, "status")).isEqualTo("Session scheduled");
    }

    @Test
    void a_meeting_link_that_is_not_a_web_address_is_refused_next_to_the_field() {
        accompaniment.raised(Urgency.HIGH);
        var view = queue(TRAINER);
        GridKt._clickItem(view.queue, 0);
        _click(view.detail.schedule);
        var session = (MentoringForm) view.detail.dialog.form();
        _setValue(session.startsAt, LocalDateTime.parse("2025-07-08T10:00"));
        _setValue(session.meetingLink, "the ministry's room 4");

        _click(session.saveButton());

        assertThat(session.meetingLink.isInvalid()).isTrue();
        assertThat(session.meetingLink.getErrorMessage()).isEqualTo("Give a web address starting with http:// or https://");
        assertThat(accompaniment.sessions).isEmpty();
    }

    @Test
    void a_stale_answer_shows_the_notice_and_the_request_is_read_again() {
        accompaniment.raised(Urgency.LOW);
        var view = queue(TRAINER);
        GridKt._clickItem(view.queue, 0);
        _click(view.detail.answer);
        var answer = (AnswerForm) view.detail.dialog.form();
        _setValue(answer.answer, "Late answer");
        accompaniment.refusal = new StaleVersion("assistance request", 41L, 0, 1);
        NotificationsKt.clearNotifications();

        _click(answer.saveButton());

        NotificationsKt.expectNotifications("Someone else saved this first; it has been reloaded. Please apply your change again.");
        assertThat(view.detail.dialog.isOpened()).isFalse();
        assertThat(accompaniment.answers).isEmpty();
    }

    @Test
    void the_queue_asks_the_database_for_the_filters_set_and_open_requests_first_unless_a_column_is_sorted() {
        accompaniment.raised(Urgency.HIGH);
        var view = queue(TRAINER);
        _setValue(view.status, AssistanceStatus.OPEN);
        _setValue(view.urgency, Urgency.HIGH);
        _setValue(view.topic, academy.theoryOfChange);
        GridKt._get(view.queue, 0);

        assertThat(accompaniment.filters).last().isEqualTo(new AssistanceFilter(AssistanceStatus.OPEN, Urgency.HIGH, 31L, null));
        assertThat(accompaniment.orders).last().isEqualTo(AssistanceOrder.OLDEST_OPEN_FIRST);
        assertThat(AssistanceQueueView.order(List.of(new QuerySortOrder(AssistanceQueueView.BY_URGENCY, SortDirection.DESCENDING))))
                .isEqualTo(AssistanceOrder.MOST_URGENT_FIRST);
        assertThat(AssistanceQueueView.order(List.of(new QuerySortOrder(AssistanceQueueView.BY_RAISED, SortDirection.ASCENDING))))
                .isEqualTo(AssistanceOrder.OLDEST_FIRST);
    }

    @Test
    void a_trainer_logs_a_mentoring_note_on_the_request() {
        accompaniment.raised(Urgency.MEDIUM);
        var view = queue(TRAINER);
        GridKt._clickItem(view.queue, 0);
        _click(view.detail.note);
        var note = (NoteForm) view.detail.dialog.form();
        _setValue(note.date, LocalDate.of(2025, 7, 9));
        _setValue(note.note, "Walked through the budget tagging with the ministry.");

        _click(note.saveButton());

        assertThat(accompaniment.notes).containsExactly(new NewMentoringNote(41L, LocalDate.of(2025, 7, 9),
                "Walked through the budget tagging with the ministry."));
    }

    private AssistanceView delegationPage(Actor actor) {
        academy.actor = actor;
        var delegations = new DelegationService() {
            @Override public Delegation delegation(long id) { return academy.delegation; }
        };
        var view = new AssistanceView(accompaniment, delegations, academy.curriculum(), academy.access());
        UI.getCurrent().add(view);
        view.open(11L);
        return view;
    }

    private AssistanceQueueView queue(Actor actor) {
        academy.actor = actor;
        var countries = new CountryService() {
            @Override public List<Country> countries() { return List.of(academy.bolivia); }
        };
        var view = new AssistanceQueueView(accompaniment, academy.curriculum(), countries, academy.access());
        UI.getCurrent().add(view);
        view.build();
        return view;
    }

    /** The service with the delegation's requests in memory; it records what the views ask for. */
    private final class Accompaniment extends AccompanimentService {
        final List<AssistanceRequest> requests = new ArrayList<>();
        final List<NewAssistanceRequest> asked = new ArrayList<>();
        final List<String> answers = new ArrayList<>();
        final List<NewMentoringSession> sessions = new ArrayList<>();
        final List<NewMentoringNote> notes = new ArrayList<>();
        final List<AssistanceFilter> filters = new ArrayList<>();
        final List<AssistanceOrder> orders = new ArrayList<>();
        RuntimeException refusal;

        AssistanceRequest raised(Urgency urgency) {
            var request = withId(new AssistanceRequest(academy.delegation, academy.theoryOfChange, "delegate.bo",
                    "How do we word the outcome on women mediators?", urgency, RAISED), 41L + requests.size());
            requests.add(request);
            return request;
        }

        private void refuseIfAsked() {
            if (refusal == null) return;
            var failure = refusal;
            refusal = null;
            throw failure;
        }

        @Override public Listing<AssistanceRequest> requestsOf(long delegationId, int offset, int limit) {
            return new Listing<>(requests.stream().skip(offset).limit(limit).toList(), requests.size());
        }

        @Override public AssistanceRequest request(long requestId) {
            return requests.stream().filter(r -> r.id() == requestId).findFirst().orElseThrow();
        }

        @Override public AssistanceRequest ask(long delegationId, NewAssistanceRequest command) {
            refuseIfAsked();
            asked.add(command);
            var request = raised(command.urgency());
            return request;
        }

        @Override public AssistanceRequest answer(long requestId, Long expectedVersion, String answer) {
            refuseIfAsked();
            answers.add(answer);
            var request = request(requestId);
            request.answer(answer, "trainer", RAISED.plusSeconds(3600));
            return request;
        }

        @Override public MentoringScheduled scheduleMentoring(long requestId, long expectedVersion, NewMentoringSession command) {
            refuseIfAsked();
            sessions.add(command);
            var request = request(requestId);
            request.scheduleMentoring(new MentoringSlot(command.startsAt(), command.mode(), command.meetingLink()));
            return new MentoringScheduled(request, true);
        }

        @Override public MentoringNote logMentoring(long delegationId, NewMentoringNote command) {
            refuseIfAsked();
            notes.add(command);
            return new MentoringNote(academy.delegation, request(command.requestId()), "trainer", command.date(), command.note());
        }

        @Override public Listing<MentoringNote> notesOf(long delegationId, int offset, int limit) { return new Listing<>(List.of(), 0); }

        @Override public List<MentoringNote> notesOfRequest(long requestId) { return List.of(); }

        @Override public List<AssistanceRequest> queue(AssistanceFilter filter, AssistanceOrder order, int offset, int limit) {
            filters.add(filter);
            orders.add(order);
            return requests.stream().skip(offset).limit(limit).toList();
        }

        @Override public long countQueue(AssistanceFilter filter) { return requests.size(); }
    }
}
