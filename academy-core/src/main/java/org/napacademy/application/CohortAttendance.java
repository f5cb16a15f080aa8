package org.napacademy.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.napacademy.domain.model.curriculum.Attendance;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.curriculum.SessionRepository;
import org.napacademy.domain.model.programme.Cohort;

/**
 * The attendance figures of one cohort, the one place they are computed: the sessions whose attendance has
 * been taken (at least one mark recorded), in time order, and the sessions each participant was PRESENT at.
 * The delegations' rates ({@link AttendanceRate}) and the certificates of participation both read them.
 */
public record CohortAttendance(List<Session> taken, Map<Long, List<Session>> attendedByParticipant) {

    public CohortAttendance {
        taken = List.copyOf(taken);
        attendedByParticipant = Map.copyOf(attendedByParticipant);
    }

    /** As recorded for the cohort's sessions. */
    public static CohortAttendance of(Cohort cohort, SessionRepository sessions) {
        return of(sessions.ofCohort(cohort), sessions::attendanceOf);
    }

    /** {@code sessions} in time order; {@code marks} gives the attendance recorded at a session. */
    public static CohortAttendance of(List<Session> sessions, Function<Session, List<Attendance>> marks) {
        var taken = new ArrayList<Session>();
        var attended = new HashMap<Long, List<Session>>();
        for (var session : sessions) {
            var recorded = marks.apply(session);
            if (recorded.isEmpty()) continue;
            taken.add(session);
            recorded.stream().filter(a -> a.status() == AttendanceStatus.PRESENT)
                    .forEach(a -> attended.computeIfAbsent(a.participant().id(), id -> new ArrayList<>()).add(session));
        }
        return new CohortAttendance(taken, attended);
    }

    public long sessionsTaken() { return taken.size(); }

    /** The sessions the participant was present at, in time order. */
    public List<Session> attendedBy(long participantId) { return attendedByParticipant.getOrDefault(participantId, List.of()); }

    public long presentCount(long participantId) { return attendedBy(participantId).size(); }
}
