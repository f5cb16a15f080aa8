package org.napacademy.domain.model.curriculum;

import java.util.List;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.Repository;

/** Sessions with their attendance and feedback. */
public interface SessionRepository extends Repository<Session> {

    /** With their modules, in time order. */
    List<Session> ofCohort(Cohort cohort);

    /** With the participants. */
    List<Attendance> attendanceOf(Session session);

    List<SessionFeedback> feedbackOf(Session session);

    /** A page of the session's feedback, oldest first. */
    List<SessionFeedback> feedbackOf(Session session, int offset, int limit);

    long countFeedback(Session session);

    /** True when the participant's attendance or named feedback is on record for any session. */
    boolean hasRecordsOf(Participant participant);

    /** True when a session delivers the module. */
    boolean anyDelivering(Module module);

    /** Writes pending changes now, so constraint and version failures surface inside the caller. */
    void flush();
}
