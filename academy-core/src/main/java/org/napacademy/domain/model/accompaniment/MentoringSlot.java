package org.napacademy.domain.model.accompaniment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.napacademy.domain.model.shared.Checks;

/**
 * When and how a mentoring session takes place. The start is the wall-clock time of the cohort's venue, as
 * the cohort's training sessions are, so trainers and delegation read the same hour the schedule shows.
 */
@Embeddable
public class MentoringSlot {
    private static final String WEB_ADDRESS = "(?i)https?://\\S+";

    @Column(name = "mentoring_starts_at")
    private LocalDateTime startsAt;

    @Enumerated(EnumType.STRING) @Column(name = "mentoring_mode", length = 10)
    private MentoringMode mode;

    @Column(name = "mentoring_link", length = 500)
    private String meetingLink;

    protected MentoringSlot() { }         // for JPA only

    /** {@code meetingLink} is optional; when given it must be a web address. */
    public MentoringSlot(LocalDateTime startsAt, MentoringMode mode, String meetingLink) {
        this.startsAt = Checks.present(startsAt, "start").withSecond(0).withNano(0);
        this.mode = Checks.present(mode, "mode");
        var link = Checks.optionalText(meetingLink, 500, "meeting link");
        if (link != null && !link.matches(WEB_ADDRESS)) throw new IllegalArgumentException("not a web address: " + link);
        this.meetingLink = link;
    }

    public LocalDateTime startsAt() { return startsAt; }

    public MentoringMode mode() { return mode; }

    public Optional<String> meetingLink() { return Optional.ofNullable(meetingLink); }

    @Override public boolean equals(Object o) {
        return o instanceof MentoringSlot other && Objects.equals(startsAt, other.startsAt) && mode == other.mode
                && Objects.equals(meetingLink, other.meetingLink);
    }

    @Override public int hashCode() { return Objects.hash(startsAt, mode, meetingLink); }

    @Override public String toString() { return startsAt + " " + mode; }
}
