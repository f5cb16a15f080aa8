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

    /**
     * A page of the accounts, by username, that have {@code role} (any role when null) and whose username or
     * display name contains {@code text}, ignoring case (any when null or blank).
     */
    List<UserAccount> matching(Role role, String text, int offset, int limit);

    /** How many accounts {@link #matching} finds in all. */
    long countMatching(Role role, String text);

    /** Active accounts with an e-mail address, by id: who may receive reminder digests. */
    List<UserAccount> reachableByEmail();

    /** Writes pending changes now, so constraint and version failures surface inside the caller. */
    void flush();
}
