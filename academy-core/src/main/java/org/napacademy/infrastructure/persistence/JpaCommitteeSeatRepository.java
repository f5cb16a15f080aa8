package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.napacademy.domain.model.governance.CommitteeRole;
import org.napacademy.domain.model.governance.CommitteeSeat;
import org.napacademy.domain.model.governance.CommitteeSeatRepository;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.shared.DateRange;

@ApplicationScoped
public class JpaCommitteeSeatRepository extends JpaRepository<CommitteeSeat> implements CommitteeSeatRepository {

    public JpaCommitteeSeatRepository() { super(CommitteeSeat.class); }

    JpaCommitteeSeatRepository(EntityManager em) { super(CommitteeSeat.class, em); }

    /** A committee is a handful of seats per term: sorted in memory, where the order's rules are written once. */
    @Override public List<CommitteeSeat> ofProgramme(Programme programme) {
        return list("select s from CommitteeSeat s join fetch s.country where s.programme = ?1", CommitteeSeat.class, programme)
                .stream().sorted(CommitteeSeat.COMMITTEE_ORDER).toList();
    }

    @Override public List<CommitteeSeat> presidenciesOverlapping(Programme programme, DateRange term) {
        return list("select s from CommitteeSeat s where s.programme = ?1 and s.role = ?2"
                        + " and s.term.startDate <= ?3 and s.term.endDate >= ?4 order by s.term.startDate",
                CommitteeSeat.class, programme, CommitteeRole.PRESIDENT, term.end(), term.start());
    }

    @Override public void flush() { em.flush(); }
}
