package org.napacademy.application;

import java.time.LocalDate;

/** A trainer's note of accompaniment given; {@code requestId} null when it answers no request. */
public record NewMentoringNote(Long requestId, String trainer, LocalDate date, String note) {
}
