package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.napacademy.domain.model.reminder.SentDigest;
import org.napacademy.domain.model.reminder.SentDigestRepository;
import org.napacademy.domain.model.user.UserAccount;

@ApplicationScoped
public class JpaSentDigestRepository extends JpaRepository<SentDigest> implements SentDigestRepository {

    public JpaSentDigestRepository() { super(SentDigest.class); }

    JpaSentDigestRepository(EntityManager em) { super(SentDigest.class, em); }

    @Override public boolean sentTo(UserAccount recipient, LocalDate day) {
        return single("select count(d) from SentDigest d where d.recipient = ?1 and d.sentOn = ?2", Long.class, recipient, day)
                .orElse(0L) > 0;
    }

    @Override public void flush() { em.flush(); }
}
