package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.user.ApiToken;
import org.napacademy.domain.model.user.ApiTokenRepository;

@ApplicationScoped
public class JpaApiTokenRepository extends JpaRepository<ApiToken> implements ApiTokenRepository {

    public JpaApiTokenRepository() { super(ApiToken.class); }

    JpaApiTokenRepository(EntityManager em) { super(ApiToken.class, em); }

    @Override public Optional<ApiToken> byHash(String tokenHash) {
        return single("select t from ApiToken t join fetch t.owner where t.tokenHash = ?1", ApiToken.class, tokenHash);
    }

    @Override public List<ApiToken> ownedBy(long userId) {
        return list("select t from ApiToken t where t.owner.id = ?1 order by t.createdAt desc, t.id desc", ApiToken.class, userId);
    }

    @Override public void recordUse(ApiToken token, Instant now) {
        // plain SQL: a JPQL update of a converted attribute would pass the parameter through the converter
        var utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        em.createNativeQuery("UPDATE api_token SET last_used_at = ?1 WHERE id = ?2 AND (last_used_at IS NULL OR last_used_at < ?3)")
                .setParameter(1, utc).setParameter(2, token.id()).setParameter(3, utc)
                .executeUpdate();
        // the shared cache does not see plain SQL: the next read must
        em.getEntityManagerFactory().getCache().evict(ApiToken.class, token.id());
    }
}
