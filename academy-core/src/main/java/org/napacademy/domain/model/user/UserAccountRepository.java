package org.napacademy.domain.model.user;

import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.shared.Repository;

/** User accounts. */
public interface UserAccountRepository extends Repository<UserAccount> {

    Optional<UserAccount> byUsername(String username);

    /** The delegates linked to the delegation. */
    List<UserAccount> inDelegation(Delegation delegation);
}
