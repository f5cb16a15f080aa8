package org.napacademy.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UserEmailTest {
    private final UserAccount account = new UserAccount("ana", "Ana", "hash", Set.of(Role.DELEGATE));

    @Test
    void an_address_is_kept_trimmed_and_blank_removes_it() {
        account.changeEmail("  ana@example.org ");
        assertThat(account.email()).contains("ana@example.org");
        assertThat(account.auditState().values()).containsEntry("email", "ana@example.org");

        account.changeEmail(" ");
        assertThat(account.email()).isEmpty();
    }

    @Test
    void what_is_not_an_address_is_refused_and_the_old_one_kept() {
        account.changeEmail("ana@example.org");

        for (var bad : new String[] {"ana", "ana@example", "ana @example.org", "a@b@example.org", "x".repeat(250) + "@example.org"})
            assertThatThrownBy(() -> account.changeEmail(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        assertThat(account.email()).contains("ana@example.org");
    }
}
