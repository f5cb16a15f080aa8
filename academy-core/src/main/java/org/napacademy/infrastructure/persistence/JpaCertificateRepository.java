package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.certificate.Certificate;
import org.napacademy.domain.model.certificate.CertificateRepository;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.programme.Cohort;

@ApplicationScoped
public class JpaCertificateRepository extends JpaRepository<Certificate> implements CertificateRepository {

    public JpaCertificateRepository() { super(Certificate.class); }

    JpaCertificateRepository(EntityManager em) { super(Certificate.class, em); }

    @Override public Optional<Certificate> byCode(String code) {
        return single("select c from Certificate c where c.code = ?1", Certificate.class, code);
    }

    @Override public Optional<Certificate> of(Participant participant, Cohort cohort) {
        return single("select c from Certificate c where c.participant = ?1 and c.cohort = ?2", Certificate.class, participant, cohort);
    }

    @Override public List<Certificate> ofCohort(Cohort cohort) {
        return list("select c from Certificate c join fetch c.participant p join fetch p.delegation d join fetch d.country n "
                + "where c.cohort = ?1 order by n.name.en, p.familyName, p.givenName, p.id", Certificate.class, cohort);
    }

    @Override public void flush() { em.flush(); }
}
