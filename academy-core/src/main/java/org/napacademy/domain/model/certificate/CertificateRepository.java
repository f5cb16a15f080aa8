package org.napacademy.domain.model.certificate;

import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.Repository;

/** Certificates of participation. */
public interface CertificateRepository extends Repository<Certificate> {

    /** By its code in printed form (ABCD-EFGH-JKLM). */
    Optional<Certificate> byCode(String code);

    Optional<Certificate> of(Participant participant, Cohort cohort);

    /** With their participants, delegations and countries loaded. */
    List<Certificate> ofCohort(Cohort cohort);

    void flush();
}
