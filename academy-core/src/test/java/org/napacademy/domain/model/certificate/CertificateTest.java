package org.napacademy.domain.model.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Institution;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.CohortRuleViolation;

class CertificateTest {
    private static final Instant NOW = Instant.parse("2025-06-26T18:00:00Z");

    @Test
    void a_programme_awards_a_certificate_from_three_sessions_in_four_by_default() {
        var programme = TestData.programme();
        assertThat(programme.certificateThreshold()).isEqualByComparingTo("0.75");
        assertThat(programme.awardsCertificateFor(3, 4)).as("exactly at the threshold").isTrue();
        assertThat(programme.awardsCertificateFor(2, 4)).isFalse();
        assertThat(programme.awardsCertificateFor(5, 6)).isTrue();
        assertThat(programme.awardsCertificateFor(4, 6)).as("0.667").isFalse();
        assertThat(programme.awardsCertificateFor(6, 8)).as("exactly 0.75 again").isTrue();
        assertThat(programme.awardsCertificateFor(0, 0)).as("no session held yet").isFalse();
    }

    @Test
    void the_threshold_is_the_programmes_and_lies_above_zero_and_at_most_one() {
        var programme = TestData.programme();
        programme.requireForCertificate(new BigDecimal("0.6667"));
        assertThat(programme.awardsCertificateFor(2, 3)).as("0.66666... is below 0.6667").isFalse();
        programme.requireForCertificate(new BigDecimal("0.5"));
        assertThat(programme.awardsCertificateFor(2, 4)).isTrue();
        programme.requireForCertificate(BigDecimal.ONE);
        assertThat(programme.awardsCertificateFor(3, 4)).isFalse();
        assertThat(programme.awardsCertificateFor(4, 4)).isTrue();
        assertThatThrownBy(() -> programme.requireForCertificate(BigDecimal.ZERO)).isInstanceOf(CohortRuleViolation.class);
        assertThatThrownBy(() -> programme.requireForCertificate(new BigDecimal("1.01"))).isInstanceOf(CohortRuleViolation.class);
    }

    @Test
    void a_code_has_twelve_characters_without_look_alikes_grouped_by_four() {
        for (int i = 0; i < 1000; i++)
            assertThat(CertificateCode.random()).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        assertThat(CertificateCode.ALPHABET).hasSize(32).doesNotContain("I", "O", "0", "1");
    }

    @Test
    void codes_do_not_repeat() {
        var codes = new HashSet<String>();
        for (int i = 0; i < 100_000; i++) codes.add(CertificateCode.random());
        assertThat(codes).hasSize(100_000);
    }

    @Test
    void a_code_is_read_as_typed_but_only_from_its_alphabet() {
        var code = CertificateCode.random(new Random(7));
        assertThat(CertificateCode.normalize(code.toLowerCase().replace("-", " "))).contains(code);
        assertThat(CertificateCode.normalize(code.replace("-", ""))).contains(code);
        assertThat(CertificateCode.normalize("ABCD-EFGH-IJKL")).as("I is a look-alike").isEmpty();
        assertThat(CertificateCode.normalize("ABCD-EFGH")).isEmpty();
        assertThat(CertificateCode.normalize(null)).isEmpty();
    }

    @Test
    void a_certificate_goes_to_a_participant_of_the_cohort_who_reached_the_threshold() {
        var cohort = TestData.cohort(TestData.programme());
        var participant = participantOf(new Delegation(cohort, TestData.costaRica()));
        var certificate = new Certificate(participant, cohort, "abcd efgh jkmn", NOW, 3, 4);
        assertThat(certificate.code()).isEqualTo("ABCD-EFGH-JKMN");
        assertThat(certificate.attendanceRate()).isEqualByComparingTo("0.75");

        assertThatThrownBy(() -> new Certificate(participant, cohort, CertificateCode.random(), NOW, 2, 4))
                .isInstanceOf(CertificateRuleViolation.class);
        var otherCohort = TestData.cohort(cohort.programme());
        assertThatThrownBy(() -> new Certificate(participant, otherCohort, CertificateCode.random(), NOW, 4, 4))
                .isInstanceOf(CertificateRuleViolation.class);
    }

    private static Participant participantOf(Delegation delegation) {
        return delegation.enrol("Ana", "Mora", "ana.mora@example.org",
                new Institution("Ministry of Foreign Affairs", InstitutionType.GOVERNMENT), null, Sex.FEMALE);
    }
}
