package org.napacademy.domain.model.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.UtcInstantConverter;
import org.napacademy.domain.model.user.UserAccount;

/**
 * The reminder digest mailed to one person on one day, with what it listed. At most one per person and day
 * (a unique constraint), so a restart or a second "send now" never mails the same day's digest twice.
 */
@Entity
@Table(name = "reminder_digest",
        uniqueConstraints = @UniqueConstraint(name = "uq_reminder_digest_user_day", columnNames = {"user_account_id", "sent_on"}))
public class SentDigest extends AbstractEntity {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false)
    private UserAccount recipient;

    @NotNull @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @NotNull @Convert(converter = UtcInstantConverter.class) @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "overdue_check_ins", nullable = false)
    private int overdueCheckIns;

    @Column(name = "due_milestones", nullable = false)
    private int dueMilestones;

    protected SentDigest() { }            // for JPA only

    public SentDigest(UserAccount recipient, LocalDate sentOn, Instant sentAt, int overdueCheckIns, int dueMilestones) {
        this.recipient = Checks.present(recipient, "recipient");
        this.sentOn = Checks.present(sentOn, "day");
        this.sentAt = Checks.present(sentAt, "time sent");
        if (overdueCheckIns < 0 || dueMilestones < 0) throw new IllegalArgumentException("counts must not be negative");
        this.overdueCheckIns = overdueCheckIns;
        this.dueMilestones = dueMilestones;
    }

    public UserAccount recipient() { return recipient; }

    public LocalDate sentOn() { return sentOn; }

    public Instant sentAt() { return sentAt; }

    public int overdueCheckIns() { return overdueCheckIns; }

    public int dueMilestones() { return dueMilestones; }
}
