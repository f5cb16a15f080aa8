package org.napacademy.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.napacademy.domain.model.curriculum.Attendance;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.Cohort;

/**
 * A cohort read for a document: its delegations (with countries), their participants, its sessions in time
 * order (with modules) and the attendance recorded for each session, keyed by session id. Everything is
 * loaded, so it can be rendered after the transaction.
 */
public record CohortDocument(Cohort cohort, List<Delegation> delegations, List<Participant> participants,
                             List<Session> sessions, Map<Long, List<Attendance>> attendance) {

    public CohortDocument {
        delegations = List.copyOf(delegations);
        participants = List.copyOf(participants);
        sessions = List.copyOf(sessions);
        attendance = Map.copyOf(attendance);
    }

    /** The participants of one delegation, in the document's order (family name, given name). */
    public List<Participant> participantsOf(Delegation delegation) {
        return participants.stream().filter(p -> p.delegation().sameAs(delegation)).toList();
    }

    public long count(Delegation delegation, Sex sex) {
        return participantsOf(delegation).stream().filter(p -> p.sex() == sex).count();
    }

    /** The attendance recorded for the session, by family name. */
    public List<Attendance> attendanceOf(Session session) { return attendance.getOrDefault(session.id(), List.of()); }

    /**
     * Share of the recorded participants who were PRESENT (0..1, four decimals); empty while nothing is
     * recorded, as for a session still to come.
     */
    public Optional<BigDecimal> attendanceRate(Session session) {
        var recorded = attendanceOf(session);
        if (recorded.isEmpty()) return Optional.empty();
        long present = recorded.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
        return Optional.of(BigDecimal.valueOf(present).divide(BigDecimal.valueOf(recorded.size()), 4, RoundingMode.HALF_UP));
    }
}
