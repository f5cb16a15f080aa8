package org.napacademy.domain.model.curriculum;

import java.util.List;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.Repository;

/** Sessions with their attendance and feedback. */
public interface SessionRepository extends Repository<Session> {

    /** With their modules, in time order. */
    List<Session> ofCohort(Cohort cohort);

    /** With the participants. */
    List<Attendance> attendanceOf(Session session);

    List<SessionFeedback> feedbackOf(Session session);
}
