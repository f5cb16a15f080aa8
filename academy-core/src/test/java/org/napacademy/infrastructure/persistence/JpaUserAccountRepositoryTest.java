package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/** The administrator's user list: filters by role and by text in the username or display name. */
class JpaUserAccountRepositoryTest {

    private static MigratedDatabase database;

    @BeforeAll
    static void accounts() {
        database = MigratedDatabase.withoutCache();
        database.inTransaction(em -> {
            var users = new JpaUserAccountRepository(em);
            users.add(new UserAccount("ana.mora", "Ana Mora", "hash", Set.of(Role.DELEGATE)));
            users.add(new UserAccount("luis_p", "Luis Peña", "hash", Set.of(Role.TRAINER, Role.DELEGATE)));
            users.add(new UserAccount("eu.funds", "European Union", "hash", Set.of(Role.SPONSOR)));
            return null;
        });
    }

    @AfterAll
    static void close() { database.close(); }

    @Test
    void a_role_and_a_text_narrow_the_list_ordered_by_username() {
        database.read(em -> {
            var users = new JpaUserAccountRepository(em);
            assertThat(users.matching(Role.DELEGATE, null, 0, 10)).extracting(UserAccount::username).containsExactly("ana.mora", "luis_p");
            assertThat(users.matching(null, "  PEÑA ", 0, 10)).extracting(UserAccount::username).containsExactly("luis_p");
            assertThat(users.matching(Role.DELEGATE, "mora", 0, 10)).extracting(UserAccount::username).containsExactly("ana.mora");
            assertThat(users.countMatching(null, "")).isGreaterThanOrEqualTo(3);
            assertThat(users.countMatching(Role.SPONSOR, "union")).isEqualTo(1);
        });
    }

    @Test
    void a_typed_underscore_is_looked_for_as_itself() {
        database.read(em -> assertThat(new JpaUserAccountRepository(em).matching(null, "s_p", 0, 10))
                .extracting(UserAccount::username).containsExactly("luis_p"));
    }
}
