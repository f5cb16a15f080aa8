package org.napacademy.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;

class UserAccountTest {

    @Test
    void only_a_delegate_joins_a_delegation_and_keeps_the_role_while_in_it() {
        var trainer = new UserAccount("trainer.ana", "Ana", "hash", Set.of(Role.TRAINER));
        assertThatThrownBy(() -> trainer.joinDelegation(TestData.delegation())).isInstanceOf(AccountRuleViolation.class);
        var delegate = new UserAccount("luis", "Luis", "hash", Set.of(Role.DELEGATE));
        delegate.joinDelegation(TestData.delegation());
        assertThatThrownBy(() -> delegate.revoke(Role.DELEGATE)).isInstanceOf(AccountRuleViolation.class);
        delegate.leaveDelegation();
        delegate.revoke(Role.DELEGATE);
        assertThat(delegate.roles()).isEmpty();
    }

    @Test
    void a_deactivated_account_keeps_its_data() {
        var account = new UserAccount("maria", "María", "hash", Set.of(Role.SPONSOR));
        account.deactivate();
        assertThat(account.isActive()).isFalse();
        assertThat(account.roles()).containsExactly(Role.SPONSOR);
    }

    @Test
    void usernames_are_lower_case_and_at_least_three_characters() {
        assertThatThrownBy(() -> new UserAccount("Ab", "x", "hash", Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_sponsor_keeps_the_role_while_funding_programmes() {
        var sponsor = new UserAccount("sponsor.eu", "EU", "hash", Set.of(Role.SPONSOR));
        sponsor.sponsorProgramme(1L);
        assertThatThrownBy(() -> sponsor.revoke(Role.SPONSOR)).isInstanceOf(AccountRuleViolation.class);
        sponsor.stopSponsoring(1L);
        sponsor.revoke(Role.SPONSOR);
        assertThat(sponsor.roles()).isEmpty();
    }
}
