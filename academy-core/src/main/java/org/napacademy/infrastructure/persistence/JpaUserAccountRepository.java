package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.delegation.Delegation;
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
}
