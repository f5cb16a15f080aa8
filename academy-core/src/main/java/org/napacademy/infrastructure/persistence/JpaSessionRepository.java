package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.napacademy.domain.model.curriculum.Attendance;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.curriculum.SessionFeedback;
import org.napacademy.domain.model.curriculum.SessionRepository;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.programme.Cohort;

@ApplicationScoped
public class JpaSessionRepository extends JpaRepository<Session> implements SessionRepository {

    public JpaSessionRepository() { super(Session.class); }

    JpaSessionRepository(EntityManager em) { super(Session.class, em); }

    @Override public List<Session> ofCohort(Cohort cohort) {
        return list("select s from Session s join fetch s.module where s.cohort = ?1 order by s.startsAt", Session.class, cohort);
    }

    @Override public List<Attendance> attendanceOf(Session session) {
        return list("select a from Attendance a join fetch a.participant where a.session = ?1 order by a.participant.familyName, a.participant.givenName",
                Attendance.class, session);
    }

    @Override public List<SessionFeedback> feedbackOf(Session session, int offset, int limit) {
        return page(em.createQuery("select f from SessionFeedback f where f.session = ?1 order by f.id", SessionFeedback.class)
                .setParameter(1, session), offset, limit);
    }

    @Override public long countFeedback(Session session) {
        return single("select count(f) from SessionFeedback f where f.session = ?1", Long.class, session).orElse(0L);
    }

    @Override public void flush() { em.flush(); }

    @Override public boolean hasRecordsOf(Participant participant) {
        return single("select a.id from Attendance a where a.participant = ?1", Long.class, participant).isPresent()
                || single("select f.id from SessionFeedback f where f.participant = ?1", Long.class, participant).isPresent();
    }

    @Override public boolean anyDelivering(Module module) {
        return single("select s.id from Session s where s.module = ?1", Long.class, module).isPresent();
    }

    @Override public List<SessionFeedback> feedbackOf(Session session) {
        return list("select f from SessionFeedback f where f.session = ?1 order by f.id", SessionFeedback.class, session);
    }
}
