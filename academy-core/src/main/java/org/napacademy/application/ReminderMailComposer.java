package org.napacademy.application;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.napacademy.domain.model.user.UserAccount;

/**
 * Writes the daily digest of one person's reminders as plain text, in the language they chose (English when
 * they chose none), grouped by delegation. With the platform's public address, each group ends with links
 * to the delegation's check-ins and roadmaps.
 */
public final class ReminderMailComposer {

    private static final String BUNDLE = "org.napacademy.application.ReminderMail";
    private static final ResourceBundle.Control NO_SERVER_LOCALE = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Optional<String> baseUrl;

    /** {@code baseUrl}: where the platform is reached, e.g. https://academy.example.org; empty for mails without links. */
    public ReminderMailComposer(Optional<String> baseUrl) {
        this.baseUrl = baseUrl.map(String::trim).filter(url -> !url.isEmpty()).map(url -> url.endsWith("/") ? url : url + "/");
    }

    public OutgoingMail compose(UserAccount recipient, List<DelegationReminders> reminders, LocalDate today) {
        var to = recipient.email().orElseThrow(() -> new IllegalArgumentException(recipient + " has no e-mail address"));
        var locale = Locale.forLanguageTag(recipient.preferredLanguage().orElse("en"));
        var texts = ResourceBundle.getBundle(BUNDLE, locale, ReminderMailComposer.class.getClassLoader(), NO_SERVER_LOCALE);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var count = reminders.stream().mapToInt(DelegationReminders::count).sum();
        var body = new StringBuilder()
                .append(text(texts, locale, "greeting", recipient.displayName())).append("\n\n")
                .append(text(texts, locale, "intro", dates.format(today), ReminderService.HORIZON_DAYS)).append("\n");
        for (var delegation : reminders) {
            body.append("\n").append(text(texts, locale, "delegation", delegation.country().in(locale), delegation.cohortName())).append("\n");
            if (!delegation.overdueCheckIns().isEmpty()) {
                body.append(text(texts, locale, "overdue.heading")).append("\n");
                delegation.overdueCheckIns().forEach(overdue -> body.append(text(texts, locale, "overdue.line", dates.format(overdue.period().start()),
                        dates.format(overdue.period().end()), dates.format(overdue.dueOn()), overdue.daysOverdue())).append("\n"));
                link(body, texts, locale, "link.checkIns", "delegations/" + delegation.delegationId() + "/check-ins");
            }
            if (!delegation.dueMilestones().isEmpty()) {
                body.append(text(texts, locale, "milestones.heading", ReminderService.HORIZON_DAYS)).append("\n");
                delegation.dueMilestones().forEach(due -> body.append(text(texts, locale, "milestones.line", due.title(),
                        text(texts, locale, "level." + due.level()), text(texts, locale, "status." + due.status()),
                        dates.format(due.dueOn()), due.daysLeft())).append("\n"));
                delegation.dueMilestones().stream().map(DueMilestone::roadmapId).distinct()
                        .forEach(roadmapId -> link(body, texts, locale, "link.roadmap", "roadmaps/" + roadmapId));
            }
        }
        body.append("\n--\n").append(text(texts, locale, "footer")).append("\n");
        return new OutgoingMail(to, text(texts, locale, "subject", count, dates.format(today)), body.toString());
    }

    private void link(StringBuilder body, ResourceBundle texts, Locale locale, String key, String path) {
        baseUrl.ifPresent(base -> body.append(text(texts, locale, key, base + path)).append("\n"));
    }

    private static String text(ResourceBundle texts, Locale locale, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
