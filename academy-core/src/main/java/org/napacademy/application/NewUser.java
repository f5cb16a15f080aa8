package org.napacademy.application;

import java.util.Set;
import org.napacademy.domain.model.user.Role;

/**
 * A user account to create. {@code delegationId} links a DELEGATE to their delegation, {@code programmeIds}
 * the programmes a SPONSOR funds; both may be absent. {@code password} is the initial one, hashed at once.
 * {@code email}, optional, is where reminders are mailed.
 */
public record NewUser(String username, String displayName, String password, Set<Role> roles, Long delegationId,
                      Set<Long> programmeIds, String email) {

    /** An account without an e-mail address. */
    public NewUser(String username, String displayName, String password, Set<Role> roles, Long delegationId, Set<Long> programmeIds) {
        this(username, displayName, password, roles, delegationId, programmeIds, null);
    }
}
