package org.napacademy.application;

import java.util.Set;
import org.napacademy.domain.model.user.Role;

/**
 * What an administrator changes in an account: everything but its username and password. A null
 * {@code delegationId} unlinks the account from its delegation; null {@code programmeIds} means none; a null
 * or blank {@code email} removes the address.
 */
public record UserChanges(String displayName, Set<Role> roles, Long delegationId, Set<Long> programmeIds, boolean active,
                          String email) {

    /** Changes that leave the account without an e-mail address. */
    public UserChanges(String displayName, Set<Role> roles, Long delegationId, Set<Long> programmeIds, boolean active) {
        this(displayName, roles, delegationId, programmeIds, active, null);
    }
}
