package org.napacademy.domain.model.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;

/** A request's life: raised, answered, a mentoring session scheduled (in the venue's time), closed. */
class AssistanceRequestTest {
    /** 09:00 in Panama City (UTC-5). */
    private static final Instant RAISED = Instant.parse("2025-07-01T14:00:00Z");
    private static final MentoringSlot NEXT_WEEK = new MentoringSlot(LocalDateTime.parse("2025-07-08T10:00"), MentoringMode.ONLINE,
            "https://meet.example.org/gender-budgeting");

    private final AssistanceRequest request = new AssistanceRequest(TestData.delegation(), null, "delegate.cr",
            "How do we tag gender-responsive budget lines?", Urgency.HIGH, RAISED);

    @Test
    void an_open_request_gets_a_mentoring_session_and_becomes_scheduled() {
        request.scheduleMentoring(NEXT_WEEK);

        assertThat(request.status()).isEqualTo(AssistanceStatus.SCHEDULED);
        assertThat(request.mentoringSession()).contains(NEXT_WEEK);
        assertThat(request.timeZone()).isEqualTo(ZoneId.of("America/Panama"));
    }

    @Test
    void an_answered_request_gets_a_session_and_a_later_answer_keeps_it_scheduled() {
        request.answer("Use the OECD gender marker.", "trainer", RAISED.plus(Duration.ofHours(5)));
        request.scheduleMentoring(NEXT_WEEK);
        request.answer("Use the OECD gender marker, 0 to 2.", "trainer", RAISED.plus(Duration.ofHours(8)));

        assertThat(request.status()).isEqualTo(AssistanceStatus.SCHEDULED);
        assertThat(request.responseTime()).contains(Duration.ofHours(5));
        assertThat(request.answer()).contains("Use the OECD gender marker, 0 to 2.");
    }

    @Test
    void a_scheduled_session_can_be_moved() {
        request.scheduleMentoring(NEXT_WEEK);
        var later = new MentoringSlot(LocalDateTime.parse("2025-07-10T15:30"), MentoringMode.IN_PERSON, null);

        request.scheduleMentoring(later);

        assertThat(request.mentoringSession()).contains(later);
        assertThat(request.status()).isEqualTo(AssistanceStatus.SCHEDULED);
    }

    @Test
    void a_closed_request_gets_no_mentoring_session() {
        request.close(RAISED.plus(Duration.ofDays(1)));

        assertThatThrownBy(() -> request.scheduleMentoring(NEXT_WEEK)).isInstanceOf(AccompanimentRuleViolation.class);
        assertThat(request.mentoringSession()).isEmpty();
    }

    @Test
    void a_session_cannot_start_before_the_request_was_raised_in_the_venue_time() {
        // 08:59 in Panama is 13:59 UTC, a minute before the request
        var tooEarly = new MentoringSlot(LocalDateTime.parse("2025-07-01T08:59"), MentoringMode.ONLINE, null);
        assertThatThrownBy(() -> request.scheduleMentoring(tooEarly)).isInstanceOf(AccompanimentRuleViolation.class);

        request.scheduleMentoring(new MentoringSlot(LocalDateTime.parse("2025-07-01T09:00"), MentoringMode.ONLINE, null));
        assertThat(request.status()).isEqualTo(AssistanceStatus.SCHEDULED);
    }

    @Test
    void a_meeting_link_must_be_a_web_address_and_the_start_is_kept_to_the_minute() {
        assertThatThrownBy(() -> new MentoringSlot(LocalDateTime.parse("2025-07-08T10:00"), MentoringMode.ONLINE, "room 4"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MentoringSlot(null, MentoringMode.ONLINE, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MentoringSlot(LocalDateTime.parse("2025-07-08T10:00"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        var slot = new MentoringSlot(LocalDateTime.parse("2025-07-08T10:00:42"), MentoringMode.IN_PERSON, "  ");
        assertThat(slot.startsAt()).isEqualTo(LocalDateTime.parse("2025-07-08T10:00"));
        assertThat(slot.meetingLink()).isEmpty();
    }

    @Test
    void closing_keeps_the_time_and_a_closed_request_takes_no_answer_nor_second_closing() {
        var at = RAISED.plus(Duration.ofDays(2));
        request.close(at);

        assertThat(request.isClosed()).isTrue();
        assertThat(request.closedAt()).contains(at);
        assertThatThrownBy(() -> request.answer("Too late", "trainer", at)).isInstanceOf(AccompanimentRuleViolation.class);
        assertThatThrownBy(() -> request.close(at)).isInstanceOf(AccompanimentRuleViolation.class);
    }

    @Test
    void a_request_cannot_be_closed_before_it_was_raised() {
        assertThatThrownBy(() -> request.close(RAISED.minusSeconds(1))).isInstanceOf(AccompanimentRuleViolation.class);
        assertThat(request.status()).isEqualTo(AssistanceStatus.OPEN);
    }
}
