package org.napacademy.application.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/**
 * Who is acting in the current request, as the {@link AccessPolicy} needs to know it: a snapshot of the
 * signed-in account taken once per request, so the policy never reloads it.
 *
 * @param userId              null for the anonymous and the system actor
 * @param delegationId        the delegation a DELEGATE belongs to
 * @param sponsoredProgrammes the programmes a SPONSOR funds
 */
public record Actor(Long userId, String username, Set<Role> roles, Long delegationId, Set<Long> sponsoredProgrammes) {

    /** Nobody signed in: the policy refuses everything but public reads. */
    public static final Actor ANONYMOUS = new Actor(null, "anonymous", Set.of(), null, Set.of());

    /** The application itself, outside any request (migrations, demo data, scheduled work). */
    public static final Actor SYSTEM = new Actor(null, "system", Set.of(Role.ADMIN), null, Set.of());

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        sponsoredProgrammes = Set.copyOf(sponsoredProgrammes);
    }

    public static Actor of(UserAccount account) {
        return new Actor(account.id(), account.username(), account.roles(),
                account.delegation().map(d -> d.id()).orElse(null), account.sponsoredProgrammes());
    }

    public boolean isSignedIn() { return this != ANONYMOUS && (userId != null || this == SYSTEM); }

    public boolean has(Role role) { return roles.contains(role); }

    public boolean isAdmin() { return has(Role.ADMIN); }

    public Optional<Long> delegation() { return Optional.ofNullable(delegationId); }
}
