package org.napacademy.application;

import java.util.Set;
import org.napacademy.domain.model.user.Role;

/**
 * What an administrator changes in an account: everything but its username and password. A null
 * {@code delegationId} unlinks the account from its delegation; null {@code programmeIds} means none.
 */
public record UserChanges(String displayName, Set<Role> roles, Long delegationId, Set<Long> programmeIds, boolean active) {
}
