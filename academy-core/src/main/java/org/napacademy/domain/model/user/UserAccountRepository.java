package org.napacademy.domain.model.user;

import java.util.Optional;
import org.napacademy.domain.model.shared.Repository;

/** User accounts. */
public interface UserAccountRepository extends Repository<UserAccount> {

    Optional<UserAccount> byUsername(String username);
}
