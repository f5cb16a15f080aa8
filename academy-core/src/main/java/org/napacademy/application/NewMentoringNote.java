package org.napacademy.application;

import java.time.LocalDate;

/** A note of accompaniment given by the signed-in trainer; {@code requestId} null when it answers no request. */
public record NewMentoringNote(Long requestId, LocalDate date, String note) {
}
