package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ProgrammeRepository;
import org.napacademy.domain.model.shared.ReadScope;

@ApplicationScoped
public class JpaProgrammeRepository extends JpaRepository<Programme> implements ProgrammeRepository {

    public JpaProgrammeRepository() { super(Programme.class); }

    JpaProgrammeRepository(EntityManager em) { super(Programme.class, em); }

    @Override public List<Programme> page(ReadScope scope, int offset, int limit) {
        var filter = filter(scope);
        if (filter.showsNothing()) return List.of();
        return page(filter.bind(em.createQuery("select p from Programme p" + filter.where() + " order by p.id", Programme.class)), offset, limit);
    }

    @Override public long count(ReadScope scope) {
        var filter = filter(scope);
        if (filter.showsNothing()) return 0;
        return filter.bind(em.createQuery("select count(p) from Programme p" + filter.where(), Long.class)).getSingleResult();
    }

    /** The programmes of a trainer's cohorts, of a delegate's cohort, a sponsor's own. */
    private static ScopeFilter filter(ReadScope scope) {
        return ScopeFilter.of(scope, "exists (select c from Cohort c where c.programme = p and :trainer member of c.trainers)",
                "exists (select d from Delegation d where d.id = :delegation and d.cohort.programme = p)", "p.id in :programmes");
    }

    @Override public void flush() { em.flush(); }
}
