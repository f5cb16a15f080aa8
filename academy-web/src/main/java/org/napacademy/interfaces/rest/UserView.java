package org.napacademy.interfaces.rest;

import java.util.Set;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/** A user account as the API shows it: never its password hash. */
public record UserView(Long id, long version, String username, String displayName, Set<Role> roles, Long delegationId,
                       Set<Long> programmeIds, boolean active, String preferredLanguage, String email) {

    static UserView of(UserAccount account) {
        return new UserView(account.id(), account.version(), account.username(), account.displayName(), account.roles(),
                account.delegation().map(delegation -> delegation.id()).orElse(null), account.sponsoredProgrammes(),
                account.isActive(), account.preferredLanguage().orElse(null), account.email().orElse(null));
    }
}
