package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ProgrammeRepository;

@ApplicationScoped
public class JpaProgrammeRepository extends JpaRepository<Programme> implements ProgrammeRepository {

    public JpaProgrammeRepository() { super(Programme.class); }

    JpaProgrammeRepository(EntityManager em) { super(Programme.class, em); }

    @Override public void flush() { em.flush(); }
}
