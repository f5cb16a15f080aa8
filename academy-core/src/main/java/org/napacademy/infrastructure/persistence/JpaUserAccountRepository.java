package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;
import org.napacademy.domain.model.user.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository extends JpaRepository<UserAccount> implements UserAccountRepository {

    public JpaUserAccountRepository() { super(UserAccount.class); }

    JpaUserAccountRepository(EntityManager em) { super(UserAccount.class, em); }

    @Override public Optional<UserAccount> byUsername(String username) {
        return single("select u from UserAccount u where u.username = ?1", UserAccount.class, username);
    }

    @Override public List<UserAccount> inDelegation(Delegation delegation) {
        return list("select u from UserAccount u where u.delegation = ?1 order by u.username", UserAccount.class, delegation);
    }

    @Override public List<UserAccount> matching(Role role, String text, int offset, int limit) {
        return page(filtered("select u from UserAccount u", " order by u.username", UserAccount.class, role, text), offset, limit);
    }

    @Override public long countMatching(Role role, String text) {
        return filtered("select count(u) from UserAccount u", "", Long.class, role, text).getSingleResult();
    }

    @Override public List<UserAccount> reachableByEmail() {
        return list("select u from UserAccount u where u.active = true and u.email is not null order by u.id", UserAccount.class);
    }

    @Override public void flush() { em.flush(); }

    /** Only the conditions asked for are written, so no query compares a parameter with null. */
    private <R> TypedQuery<R> filtered(String select, String orderBy, Class<R> resultType, Role role, String text) {
        var pattern = text == null || text.isBlank() ? null : "%" + likeEscaped(text.trim().toLowerCase(Locale.ROOT)) + "%";
        var where = new StringBuilder();
        if (role != null) where.append(" where :role member of u.roles");
        if (pattern != null) where.append(role == null ? " where" : " and")
                .append(" (lower(u.username) like :text escape '\\' or lower(u.displayName) like :text escape '\\')");
        var query = em.createQuery(select + where + orderBy, resultType);
        if (role != null) query.setParameter("role", role);
        if (pattern != null) query.setParameter("text", pattern);
        return query;
    }

    /** A typed % or _ is looked for as itself. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
