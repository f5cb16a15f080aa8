package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortRepository;
import org.napacademy.domain.model.programme.Programme;

@ApplicationScoped
public class JpaCohortRepository extends JpaRepository<Cohort> implements CohortRepository {

    public JpaCohortRepository() { super(Cohort.class); }

    JpaCohortRepository(EntityManager em) { super(Cohort.class, em); }

    @Override public List<Cohort> ofProgramme(Programme programme) {
        return list("select c from Cohort c where c.programme = ?1 order by c.dates.startDate desc", Cohort.class, programme);
    }

    @Override public List<Cohort> trainedBy(String username) {
        return list("select c from Cohort c where ?1 member of c.trainers order by c.dates.startDate desc", Cohort.class, username);
    }
}
