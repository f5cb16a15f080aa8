package org.napacademy.application.security;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.user.ApiToken;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/** Accounts and clocks for the sign-in tests: persisted-looking accounts with ids, a fixed "now". */
final class SecurityFixtures {
    static final Instant NOW = Instant.parse("2026-03-02T10:15:00Z");
    static final String HASH_OF_DEMO = "hash:demo";

    private SecurityFixtures() { }

    static Clock clockAt(Instant instant) { return Clock.fixed(instant, ZoneOffset.UTC); }

    static UserAccount account(long id, String username, Role role) {
        return withId(new UserAccount(username, username, HASH_OF_DEMO, Set.of(role)), id);
    }

    static <T extends AbstractEntity> T withId(T entity, long id) {
        return org.napacademy.domain.model.TestData.withId(entity, id);
    }

    /** As the repository records a use, which it does in SQL rather than through the entity. */
    static ApiToken lastUsed(ApiToken token, Instant when) {
        return set(token, ApiToken.class, "lastUsedAt", when);
    }

    private static <T> T set(T entity, Class<?> declaring, String name, Object value) {
        try {
            Field field = declaring.getDeclaredField(name);
            field.setAccessible(true);
            field.set(entity, value);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
