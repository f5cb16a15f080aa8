package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import java.util.Map;
import org.napacademy.application.TrainingOutcome;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Sex;

/**
 * Who was trained and how it went: counts by sex and institution type, attendance rate
 * (presences / (participants x sessions taken), 0..1), mean rating (1-5) and mean learning gain
 * (post minus pre self-assessment) over the feedback that has them. Absent rates mean nothing to count.
 */
public record TrainingOutcomeView(long participants, Map<String, Long> bySex, Map<String, Long> byInstitutionType,
                                  long sessionsTaken, long presences, BigDecimal attendanceRate, long feedbackCount,
                                  BigDecimal averageRating, long selfAssessed, BigDecimal averageLearningGain) {

    static TrainingOutcomeView of(TrainingOutcome training) {
        var feedback = training.feedback();
        return new TrainingOutcomeView(training.participants(), Counts.of(Sex.class, training.bySex()),
                Counts.of(InstitutionType.class, training.byInstitutionType()), training.sessionsTaken(), training.presences(),
                training.attendanceRate().orElse(null), feedback.ratings(), feedback.averageRating().orElse(null),
                feedback.assessed(), feedback.averageLearningGain().orElse(null));
    }
}
