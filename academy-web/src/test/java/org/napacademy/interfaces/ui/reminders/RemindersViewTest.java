package org.napacademy.interfaces.ui.reminders;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.DelegationReminders;
import org.napacademy.application.DigestRun;
import org.napacademy.application.DueMilestone;
import org.napacademy.application.OverdueCheckIn;
import org.napacademy.application.ReminderDigestService;
import org.napacademy.application.ReminderService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.user.Role;
import org.napacademy.interfaces.ui.ViewTestSupport;

/** The reminders page on the server: grouped by delegation, filtered, linked; the menu's count; the address form. */
class RemindersViewTest {
    private static final Actor TRAINER = new Actor(5L, "trainer", Set.of(Role.TRAINER), null, Set.of());

    private final List<DelegationReminders> due = new ArrayList<>(List.of(
            new DelegationReminders(11, "BO", new LocalizedText("Bolivia", "Bolivia", "Bolívia", "Bolivie"), 7, "2025 Panama City",
                    List.of(new OverdueCheckIn(DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)), LocalDate.of(2026, 1, 30), 16)),
                    List.of(new DueMilestone(40, 20, "Train 40 mediators", ResultLevel.ACTIVITY, LocalDate.of(2026, 2, 24), 9, ProgressStatus.ON_TRACK))),
            new DelegationReminders(12, "TT", new LocalizedText("Trinidad and Tobago", "Trinidad y Tobago", "Trinidad e Tobago", "Trinité-et-Tobago"),
                    3, "2024 Port of Spain", List.of(),
                    List.of(new DueMilestone(50, 30, "Adopt the NAP", ResultLevel.OUTCOME, LocalDate.of(2026, 2, 15), 0, ProgressStatus.AT_RISK)))));
    private final List<String> calls = new ArrayList<>();
    private DigestRun run = new DigestRun(true, 2);

    @AfterEach
    void stopVaadin() {
        ViewTestSupport.tearDown();
    }

    @Test
    void a_trainer_sees_each_delegation_with_lines_linking_to_the_check_ins_and_the_result_in_its_roadmap() {
        open(TRAINER, Locale.ENGLISH);

        var links = _find(RouterLink.class).stream().map(RouterLink::getHref)
                .filter(href -> href.startsWith("delegations/") || href.startsWith("roadmaps/")).toList();
        assertThat(links).containsExactly("delegations/11/check-ins", "roadmaps/20?node=40", "roadmaps/30?node=50");
        var view = _get(RemindersView.class);
        assertThat(view.groups.getElement().getTextRecursively()).contains("Bolivia · 2025 Panama City", "Check-in for",
                "16 days overdue", "Activity: Train 40 mediators", "in 9 days", "Outcome: Adopt the NAP", "today", "At risk");
        assertThat(view.cohort.isVisible()).isTrue();
        assertThat(view.sendNow.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void the_filters_narrow_by_kind_and_cohort_and_say_when_nothing_is_left() {
        open(TRAINER, Locale.ENGLISH);
        var view = _get(RemindersView.class);

        _setValue(view.kind, ReminderKind.CHECK_INS);
        assertThat(view.groups.getComponentCount()).isEqualTo(1);
        assertThat(view.groups.getElement().getTextRecursively()).contains("Bolivia").doesNotContain("Train 40 mediators");

        _setValue(view.kind, ReminderKind.MILESTONES);
        _setValue(view.cohort, 3L);
        assertThat(view.groups.getElement().getTextRecursively()).contains("Adopt the NAP").doesNotContain("Bolivia");

        _setValue(view.kind, ReminderKind.CHECK_INS);
        assertThat(view.groups.getComponentCount()).isZero();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("Nothing due in the next 30 days");
    }

    @Test
    void with_nothing_due_the_page_says_so_in_the_user_s_language() {
        due.clear();
        open(new Actor(3L, "delegate.bo", Set.of(Role.DELEGATE), 11L, Set.of()), Locale.forLanguageTag("es"));
        var view = _get(RemindersView.class);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("Nada pendiente en los próximos 30 días");
        assertThat(view.cohort.isVisible()).isFalse();
    }

    @Test
    void an_administrator_sends_the_digests_now_and_learns_how_many_went_or_that_mail_is_off() {
        open(Actor.SYSTEM, Locale.ENGLISH);
        var view = _get(RemindersView.class);

        _click(view.sendNow);
        assertThat(calls).containsExactly("sendToday");
        NotificationsKt.expectNotifications("2 reminder e-mails sent");

        run = new DigestRun(false, 0);
        _click(view.sendNow);
        NotificationsKt.expectNotifications("E-mail is off: no SMTP server is configured (academy.mail.smtp.host), so no reminder was mailed.");
    }

    @Test
    void the_menu_counts_the_reminders_and_a_sponsor_has_no_item() {
        open(TRAINER, Locale.ENGLISH);
        var item = RemindersMenu.item(reminders(), new AccessPolicy(() -> TRAINER)).orElseThrow();
        assertThat(item.getLabel()).isEqualTo("Reminders");
        assertThat(item.getPath()).isEqualTo("reminders");
        assertThat(item.getSuffixComponent().getElement().getText()).isEqualTo("3");

        var sponsor = new Actor(8L, "sponsor", Set.of(Role.SPONSOR), null, Set.of(1L));
        assertThat(RemindersMenu.item(reminders(), new AccessPolicy(() -> sponsor))).isEmpty();
    }

    @Test
    void the_account_s_address_shows_a_message_next_to_the_field_and_saves_only_when_valid() {
        open(TRAINER, Locale.ENGLISH);
        var saved = new ArrayList<String>();
        var form = new EmailForm("");
        UI.getCurrent().add(form);
        form.addSaveListener(save -> saved.add(save.email()));

        _setValue(form.email, "not an address");
        _click(form.save);
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(saved).isEmpty();

        _setValue(form.email, "ana@example.org");
        _click(form.save);
        assertThat(saved).containsExactly("ana@example.org");
    }

    private void open(Actor actor, Locale locale) {
        ViewTestSupport.setUp(locale, Map.of(RemindersView.class, () -> new RemindersView(reminders(), digests(), new AccessPolicy(() -> actor))));
        UI.getCurrent().navigate(RemindersView.class);
    }

    private ReminderService reminders() {
        return new ReminderService() {
            @Override public List<DelegationReminders> mine() { return List.copyOf(due); }
            @Override public long countMine() { return due.stream().mapToInt(DelegationReminders::count).sum(); }
        };
    }

    private ReminderDigestService digests() {
        return new ReminderDigestService() {
            @Override public DigestRun sendToday() {
                calls.add("sendToday");
                return run;
            }
        };
    }
}
