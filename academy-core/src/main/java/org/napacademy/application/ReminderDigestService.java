package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.reminder.SentDigest;
import org.napacademy.domain.model.reminder.SentDigestRepository;
import org.napacademy.domain.model.user.UserAccountRepository;

/**
 * The daily reminder digest: every active account with an e-mail address and something due gets one mail a
 * day with its reminders (as {@link ReminderService} lists them for that person), in their language. Each
 * digest mailed is recorded, so a second run on the same day (a restart, "send now") skips whoever already
 * got theirs. Without an SMTP server nothing is mailed. Every instance of a cluster runs the daily job: a cluster
 * lock makes them take turns, so the later one finds every digest of the day recorded and mails nothing.
 */
@ApplicationScoped
@Transactional
public class ReminderDigestService {
    private static final Logger LOG = Logger.getLogger(ReminderDigestService.class.getName());

    @Inject UserAccountRepository users;
    @Inject SentDigestRepository sentDigests;
    @Inject ReminderService reminders;
    @Inject MailSender mail;
    @Inject Clock clock;
    @Inject AccessPolicy access;
    @Inject ClusterLocks locks;
    @Inject @ConfigProperty(name = "academy.mail.base-url") Optional<String> baseUrl;

    /** Mails today's digests not mailed yet; the administrator's "send now" and the daily job (the system) call it. */
    public DigestRun sendToday() {
        access.requireAdministrator();
        if (!mail.isConfigured()) return new DigestRun(false, 0);
        locks.holdUntilCommit("reminder digest");
        var today = reminders.today();
        var composer = new ReminderMailComposer(baseUrl);
        int sent = 0;
        for (var account : users.reachableByEmail()) {
            if (sentDigests.sentTo(account, today)) continue;
            var due = reminders.of(Actor.of(account));
            if (due.isEmpty()) continue;
            try {
                mail.send(composer.compose(account, due, today));
            } catch (MailFailure failure) {
                // the others still get theirs; this one is tried again at the next run
                LOG.log(Level.WARNING, "The reminder digest for " + account + " was not sent", failure);
                continue;
            }
            sentDigests.add(new SentDigest(account, today, clock.instant(),
                    due.stream().mapToInt(d -> d.overdueCheckIns().size()).sum(), due.stream().mapToInt(d -> d.dueMilestones().size()).sum()));
            sentDigests.flush();
            sent++;
        }
        return new DigestRun(true, sent);
    }
}
