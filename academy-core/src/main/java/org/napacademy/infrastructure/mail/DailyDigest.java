package org.napacademy.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.napacademy.application.MailSender;
import org.napacademy.application.ReminderDigestService;

/**
 * Mails the reminder digests once a day at {@code academy.mail.digest-time} (UTC, default 06:00), when an SMTP
 * server is configured. A non-persistent calendar timer: after a restart the digest log keeps anyone from
 * getting the same day's digest twice. It runs outside any request, so as the system.
 */
@Startup
@Singleton
public class DailyDigest {
    private static final Logger LOG = Logger.getLogger(DailyDigest.class.getName());

    @Resource TimerService timers;
    @Inject MailSender mail;
    @Inject ReminderDigestService digests;
    @Inject @ConfigProperty(name = "academy.mail.digest-time", defaultValue = "06:00") String digestTime;

    @PostConstruct
    void schedule() {
        if (!mail.isConfigured()) {
            LOG.info("No SMTP server configured (academy.mail.smtp.host): reminder digests are not mailed");
            return;
        }
        var time = LocalTime.parse(digestTime.trim());
        timers.createCalendarTimer(new ScheduleExpression().timezone("UTC").hour(time.getHour()).minute(time.getMinute()).second(0),
                new TimerConfig("reminder digest", false));
        LOG.info(() -> "Reminder digests are mailed every day at " + time + " UTC");
    }

    @Timeout
    void send() {
        try {
            var run = digests.sendToday();
            LOG.info(() -> "Reminder digests mailed: " + run.sent());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The reminder digest run failed", e);
        }
    }
}
