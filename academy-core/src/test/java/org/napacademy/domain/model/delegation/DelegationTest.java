package org.napacademy.domain.model.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;

class DelegationTest {

    private final Delegation delegation = TestData.delegation();
    private final Institution ministry = new Institution("Ministry of Foreign Affairs", InstitutionType.GOVERNMENT);

    @Test
    void a_delegation_has_at_most_one_focal_point() {
        var ana = delegation.enrol("Ana", "Mora", "ana@example.org", ministry, "Advisor", Sex.FEMALE);
        var luis = delegation.enrol("Luis", "Vargas", null, ministry, null, Sex.MALE);
        delegation.appointFocalPoint(ana);
        delegation.appointFocalPoint(luis);
        assertThat(delegation.focalPoint()).contains(luis);
        assertThat(ana.role()).isEqualTo(ParticipantRole.MEMBER);
    }

    @Test
    void an_email_is_enrolled_once_per_delegation_and_must_look_like_one() {
        delegation.enrol("Ana", "Mora", "ana@example.org", ministry, null, Sex.FEMALE);
        assertThatThrownBy(() -> delegation.enrol("Ana", "Mora", "ANA@example.org", ministry, null, Sex.FEMALE))
                .isInstanceOf(DelegationRuleViolation.class);
        assertThatThrownBy(() -> delegation.enrol("Eva", "Solís", "not-an-email", ministry, null, Sex.FEMALE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_members_are_appointed_or_withdrawn() {
        var outsider = TestData.delegation().enrol("Eva", "Solís", null, ministry, null, Sex.FEMALE);
        assertThatThrownBy(() -> delegation.appointFocalPoint(outsider)).isInstanceOf(DelegationRuleViolation.class);
        assertThatThrownBy(() -> delegation.withdraw(outsider)).isInstanceOf(DelegationRuleViolation.class);
    }

    @Test
    void a_closed_cohort_takes_no_new_delegations_or_members() {
        delegation.cohort().close();
        assertThatThrownBy(() -> delegation.enrol("Ana", "Mora", null, ministry, null, Sex.FEMALE)).isInstanceOf(DelegationRuleViolation.class);
        assertThatThrownBy(() -> new Delegation(delegation.cohort(), TestData.costaRica())).isInstanceOf(DelegationRuleViolation.class);
    }

    @Test
    void consent_to_be_listed_is_given_and_withdrawn_explicitly() {
        var ana = delegation.enrol("Ana", "Mora", null, ministry, null, Sex.UNDISCLOSED);
        assertThat(ana.consentsToBeListed()).isFalse();
        ana.consentToBeListed();
        assertThat(ana.consentsToBeListed()).isTrue();
        ana.withdrawConsentToBeListed();
        assertThat(ana.consentsToBeListed()).isFalse();
    }
}
