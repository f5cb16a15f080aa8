package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.napacademy.domain.model.TestData.withId;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.security.AccessDenied;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.reminder.SentDigest;
import org.napacademy.domain.model.reminder.SentDigestRepository;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;
import org.napacademy.domain.model.user.UserAccountRepository;

/** The daily digest: one mail per person and day, in their language, only with something due, only with a mail server. */
class ReminderDigestServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 15);

    private final UserAccount ana = withId(new UserAccount("delegate.cr", "Ana Mora", "hash", Set.of(Role.DELEGATE)), 1);
    private final UserAccount luis = withId(new UserAccount("trainer", "Luis Peña", "hash", Set.of(Role.TRAINER)), 2);
    private final UserAccount nobody = withId(new UserAccount("sponsor", "Sponsor", "hash", Set.of(Role.SPONSOR)), 3);
    private final List<SentDigest> log = new ArrayList<>();
    private final List<OutgoingMail> outbox = new ArrayList<>();
    private final List<String> locksHeld = new ArrayList<>();
    private final Map<String, List<DelegationReminders>> due = Map.of(
            "delegate.cr", List.of(costaRica()),
            "trainer", List.of(costaRica(), costaRica()));
    private final ReminderDigestService service = new ReminderDigestService();
    private boolean mailConfigured = true;
    private String unreachable;
    private Actor actor = Actor.SYSTEM;

    private static DelegationReminders costaRica() {
        return new DelegationReminders(11, "CR", new LocalizedText("Costa Rica", "Costa Rica", "Costa Rica", "Costa Rica"), 7, "2025 Panama City",
                List.of(new OverdueCheckIn(DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)), LocalDate.of(2026, 1, 30), 16)),
                List.of(new DueMilestone(40, 20, "Train 40 police officers", ResultLevel.ACTIVITY, TODAY.plusDays(9), 9, ProgressStatus.ON_TRACK)));
    }

    @BeforeEach
    void wire() {
        ana.changeEmail("ana@example.org");
        ana.preferLanguage("es");
        luis.changeEmail("luis@example.org");
        nobody.changeEmail("sponsor@example.org");
        service.users = Fakes.of(UserAccountRepository.class, Map.of("reachableByEmail", args -> List.of(ana, luis, nobody)));
        service.sentDigests = Fakes.of(SentDigestRepository.class, Map.of(
                "sentTo", args -> log.stream().anyMatch(d -> d.recipient() == args[0] && d.sentOn().equals(args[1])),
                "add", args -> log.add((SentDigest) args[0]),
                "flush", args -> null));
        service.reminders = new ReminderService() {
            @Override List<DelegationReminders> of(Actor someone) { return due.getOrDefault(someone.username(), List.of()); }
            @Override LocalDate today() { return TODAY; }
        };
        service.mail = new MailSender() {
            @Override public boolean isConfigured() { return mailConfigured; }
            @Override public void send(OutgoingMail mail) {
                if (mail.to().equals(unreachable)) throw new MailFailure("refused", null);
                outbox.add(mail);
            }
        };
        service.clock = Clock.fixed(TODAY.atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        service.access = new AccessPolicy(() -> actor);
        service.locks = name -> {
            assertThat(outbox).as("the lock is taken before anything is mailed").isEmpty();
            locksHeld.add(name);
        };
        service.baseUrl = Optional.of("https://academy.example.org");
    }

    @Test
    void each_person_with_an_address_and_something_due_gets_one_mail_in_their_language() {
        var run = service.sendToday();

        assertThat(run).isEqualTo(new DigestRun(true, 2));
        assertThat(outbox).extracting(OutgoingMail::to).containsExactly("ana@example.org", "luis@example.org");
        var spanish = outbox.get(0);
        assertThat(spanish.subject()).startsWith("Academia WPS NAP: 2 recordatorios");
        assertThat(spanish.body()).contains("Hola, Ana Mora:", "Informes de avance vencidos", "16 días de retraso",
                "Train 40 police officers (Actividad, En curso)", "quedan 9 días",
                "https://academy.example.org/delegations/11/check-ins", "https://academy.example.org/roadmaps/20");
        var english = outbox.get(1);
        assertThat(english.subject()).startsWith("WPS NAP Academy: 4 reminders");
        assertThat(english.body()).contains("Hello Luis Peña,", "Overdue check-ins", "Costa Rica (2025 Panama City)", "16 days overdue");
        assertThat(log).extracting(d -> d.recipient().username(), SentDigest::sentOn, SentDigest::overdueCheckIns, SentDigest::dueMilestones)
                .containsExactly(tuple("delegate.cr", TODAY, 1, 1), tuple("trainer", TODAY, 2, 2));
    }

    @Test
    void a_run_holds_the_cluster_lock_before_it_mails_so_two_instances_waking_together_take_turns() {
        service.sendToday();

        assertThat(locksHeld).containsExactly("reminder digest");
    }

    @Test
    void a_second_run_on_the_same_day_mails_nobody_again() {
        service.sendToday();
        outbox.clear();

        assertThat(service.sendToday()).isEqualTo(new DigestRun(true, 0));
        assertThat(outbox).isEmpty();
    }

    @Test
    void the_next_day_brings_the_next_digest() {
        service.sendToday();
        outbox.clear();
        service.reminders = new ReminderService() {
            @Override List<DelegationReminders> of(Actor someone) { return due.getOrDefault(someone.username(), List.of()); }
            @Override LocalDate today() { return TODAY.plusDays(1); }
        };

        assertThat(service.sendToday().sent()).isEqualTo(2);
    }

    @Test
    void a_refused_mail_is_not_recorded_and_the_others_still_go() {
        unreachable = "ana@example.org";

        assertThat(service.sendToday().sent()).isEqualTo(1);
        assertThat(log).extracting(d -> d.recipient().username()).containsExactly("trainer");
    }

    @Test
    void without_a_mail_server_nothing_is_mailed_nor_recorded() {
        mailConfigured = false;

        assertThat(service.sendToday()).isEqualTo(new DigestRun(false, 0));
        assertThat(outbox).isEmpty();
        assertThat(log).isEmpty();
    }

    @Test
    void only_an_administrator_or_the_system_sends_the_digest() {
        actor = new Actor(2L, "trainer", Set.of(Role.TRAINER), null, Set.of());

        assertThatThrownBy(service::sendToday).isInstanceOf(AccessDenied.class);
    }

    @Test
    void without_the_platform_s_address_the_mail_has_no_links() {
        var mail = new ReminderMailComposer(Optional.empty()).compose(luis, List.of(costaRica()), TODAY);

        assertThat(mail.body()).doesNotContain("http").contains("Results due in the next 30 days");
    }

    @Test
    void the_mail_texts_exist_in_every_language() throws IOException {
        var english = texts("");
        for (var language : List.of("_es", "_pt", "_fr")) {
            var translated = texts(language);
            assertThat(translated.keySet()).as(language).isEqualTo(english.keySet());
            assertThat(translated.getProperty("footer")).as(language).isNotEqualTo(english.getProperty("footer"));
        }
    }

    private static Properties texts(String suffix) throws IOException {
        var properties = new Properties();
        try (var in = ReminderDigestServiceTest.class.getResourceAsStream("ReminderMail" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
