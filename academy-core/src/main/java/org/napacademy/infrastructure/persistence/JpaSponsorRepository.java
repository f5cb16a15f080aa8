package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.napacademy.domain.model.programme.Sponsor;
import org.napacademy.domain.model.programme.SponsorRepository;

@ApplicationScoped
public class JpaSponsorRepository extends JpaRepository<Sponsor> implements SponsorRepository {

    public JpaSponsorRepository() { super(Sponsor.class); }

    JpaSponsorRepository(EntityManager em) { super(Sponsor.class, em); }
}
