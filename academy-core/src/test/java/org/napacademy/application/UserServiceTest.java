package org.napacademy.application;

import static org.napacademy.domain.model.TestData.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.security.AccessDenied;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.programme.ProgrammeRepository;
import org.napacademy.domain.model.user.AccountRuleViolation;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;
import org.napacademy.domain.model.user.UserAccountRepository;

class UserServiceTest {

    private static final long ADMIN_ID = 1;
    private static final long DELEGATION_ID = 40;
    private static final long PROGRAMME_ID = 50;

    private final UserAccount admin = withId(new UserAccount("admin", "Admin", "hashed:x", Set.of(Role.ADMIN)), ADMIN_ID);
    private final Delegation delegation = withId(TestData.delegation(), DELEGATION_ID);
    private final List<UserAccount> added = new ArrayList<>();
    private final UserService service = new UserService();
    private Actor actor = Actor.of(admin);

    @BeforeEach
    void wire() {
        service.users = Fakes.of(UserAccountRepository.class, Map.of(
                "add", args -> added.add((UserAccount) args[0]),
                "flush", args -> null,
                "byUsername", args -> "admin".equals(args[0]) ? Optional.of(admin) : Optional.empty(),
                "find", args -> (long) args[0] == ADMIN_ID ? Optional.of(admin)
                        : added.stream().filter(user -> user.id() != null && user.id() == (long) args[0]).findFirst()));
        service.delegations = Fakes.of(DelegationRepository.class, Map.of(
                "find", args -> (long) args[0] == DELEGATION_ID ? Optional.of(delegation) : Optional.empty()));
        service.programmes = Fakes.of(ProgrammeRepository.class, Map.of(
                "find", args -> (long) args[0] == PROGRAMME_ID ? Optional.of(TestData.programme()) : Optional.empty()));
        service.hasher = password -> "hashed:" + new String(password);
        service.verifier = (password, hash) -> hash.equals("hashed:" + new String(password));
        service.access = new AccessPolicy(() -> actor);
    }

    @Test
    void a_new_delegate_is_linked_to_their_delegation_and_keeps_only_the_hash() {
        var user = service.create(new NewUser("delegate.cr", "Ana Mora", "long enough secret", Set.of(Role.DELEGATE), DELEGATION_ID, null));

        assertThat(user.delegation()).contains(delegation);
        assertThat(user.passwordHash()).isEqualTo("hashed:long enough secret");
        assertThat(user.isActive()).isTrue();
        assertThat(added).containsExactly(user);
    }

    @Test
    void a_new_sponsor_funds_the_programmes_given() {
        var user = service.create(new NewUser("sponsor.eu", "EU", "long enough secret", Set.of(Role.SPONSOR), null, Set.of(PROGRAMME_ID)));

        assertThat(user.sponsoredProgrammes()).containsExactly(PROGRAMME_ID);
    }

    @Test
    void a_short_password_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> service.create(new NewUser("trainer.bo", "Bo", "short", Set.of(Role.TRAINER), null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 10 characters");
        assertThat(added).isEmpty();
    }

    @Test
    void a_taken_username_is_a_rule_violation_not_a_server_error() {
        assertThatThrownBy(() -> service.create(new NewUser("admin", "Second", "long enough secret", Set.of(Role.TRAINER), null, null)))
                .isInstanceOf(AccountRuleViolation.class).hasMessageContaining("already taken");
        assertThat(added).isEmpty();
    }

    @Test
    void a_delegation_for_someone_who_is_not_a_delegate_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> service.create(new NewUser("trainer.bo", "Bo", "long enough secret", Set.of(Role.TRAINER), DELEGATION_ID, null)))
                .isInstanceOf(AccountRuleViolation.class);
        assertThatThrownBy(() -> service.create(new NewUser("sponsor.x", "X", "long enough secret", Set.of(Role.SPONSOR), null, Set.of(999L))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
        assertThat(added).isEmpty();
    }

    @Test
    void a_user_needs_a_role() {
        assertThatThrownBy(() -> service.create(new NewUser("nobody", "Nobody", "long enough secret", Set.of(), null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role");
    }

    @Test
    void a_delegate_becomes_a_trainer_in_one_change_leaving_the_delegation() {
        var user = withId(service.create(new NewUser("luis", "Luis", "long enough secret", Set.of(Role.DELEGATE), DELEGATION_ID, null)), 2);

        service.update(2, 0, new UserChanges("Luis Peña", Set.of(Role.TRAINER), null, null, true));

        assertThat(user.roles()).containsExactly(Role.TRAINER);
        assertThat(user.delegation()).isEmpty();
        assertThat(user.displayName()).isEqualTo("Luis Peña");
    }

    @Test
    void a_stale_version_is_refused() {
        withId(service.create(new NewUser("luis", "Luis", "long enough secret", Set.of(Role.TRAINER), null, null)), 2);

        assertThatThrownBy(() -> service.update(2, 7, new UserChanges("Luis", Set.of(Role.TRAINER), null, null, false)))
                .isInstanceOf(StaleVersion.class);
    }

    @Test
    void an_administrator_cannot_deactivate_themself_nor_drop_their_own_admin_role() {
        assertThatThrownBy(() -> service.update(ADMIN_ID, 0, new UserChanges("Admin", Set.of(Role.ADMIN), null, null, false)))
                .isInstanceOf(AccountRuleViolation.class).hasMessageContaining("deactivate");
        assertThatThrownBy(() -> service.update(ADMIN_ID, 0, new UserChanges("Admin", Set.of(Role.TRAINER), null, null, true)))
                .isInstanceOf(AccountRuleViolation.class).hasMessageContaining("ADMIN");
        assertThat(admin.isActive()).isTrue();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void an_administrator_deactivates_someone_else() {
        var user = withId(service.create(new NewUser("luis", "Luis", "long enough secret", Set.of(Role.TRAINER), null, null)), 2);

        service.update(2, 0, new UserChanges("Luis", Set.of(Role.TRAINER), null, null, false));

        assertThat(user.isActive()).isFalse();
    }

    @Test
    void a_reset_password_is_hashed() {
        service.resetPassword(ADMIN_ID, "a brand new secret");

        assertThat(admin.passwordHash()).isEqualTo("hashed:a brand new secret");
    }

    @Test
    void only_an_administrator_administers_users_but_everyone_reads_their_own_account() {
        var trainer = withId(new UserAccount("trainer", "Trainer", "hashed:x", Set.of(Role.TRAINER)), 3);
        added.add(trainer);
        actor = Actor.of(trainer);

        assertThatThrownBy(() -> service.page(null, null, 0, 20)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.user(ADMIN_ID)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.resetPassword(ADMIN_ID, "a brand new secret")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.create(new NewUser("x.y", "X", "long enough secret", Set.of(Role.ADMIN), null, null)))
                .isInstanceOf(AccessDenied.class);
        assertThat(service.me()).isSameAs(trainer);
        assertThat(admin.passwordHash()).isEqualTo("hashed:x");
    }

    @Test
    void a_user_changes_their_own_password_only_by_naming_the_current_one() {
        var trainer = withId(new UserAccount("trainer", "Trainer", "hashed:the old secret", Set.of(Role.TRAINER)), 3);
        added.add(trainer);
        actor = Actor.of(trainer);

        assertThatThrownBy(() -> service.changeOwnPassword("a wrong guess", "a brand new secret"))
                .isInstanceOf(AccountRuleViolation.class).hasMessageContaining("current password");
        assertThatThrownBy(() -> service.changeOwnPassword("the old secret", "short")).isInstanceOf(IllegalArgumentException.class);
        assertThat(trainer.passwordHash()).isEqualTo("hashed:the old secret");

        service.changeOwnPassword("the old secret", "a brand new secret");

        assertThat(trainer.passwordHash()).isEqualTo("hashed:a brand new secret");
    }

    @Test
    void a_user_keeps_the_language_they_chose_among_the_four_of_the_interface() {
        var delegate = withId(new UserAccount("delegate.cr", "Ana", "hashed:secret", Set.of(Role.DELEGATE)), 4);
        added.add(delegate);
        actor = Actor.of(delegate);
        assertThat(delegate.preferredLanguage()).isEmpty();

        service.rememberLanguage("pt");

        assertThat(delegate.preferredLanguage()).contains("pt");
        assertThatThrownBy(() -> service.rememberLanguage("de")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("en, es, pt, fr");
        assertThat(delegate.preferredLanguage()).contains("pt");
    }

    @Test
    void nobody_signed_in_has_no_account() {
        actor = Actor.ANONYMOUS;

        assertThatThrownBy(service::me).isInstanceOf(AccessDenied.class);
    }

}
