package org.napacademy.application;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Sex;

/**
 * Who was trained and how the training went, in counts only. The attendance rate is
 * presences / (participants x sessions taken), sessions taken being those whose attendance was recorded.
 */
public record TrainingOutcome(long participants, Map<Sex, Long> bySex, Map<InstitutionType, Long> byInstitutionType,
                              long sessionsTaken, long presences, OutcomeFigures.Feedback feedback) {

    public TrainingOutcome {
        bySex = Map.copyOf(bySex);
        byInstitutionType = Map.copyOf(byInstitutionType);
    }

    public Optional<BigDecimal> attendanceRate() { return Ratios.of(presences, participants * sessionsTaken); }
}
