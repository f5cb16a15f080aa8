package org.napacademy.application;

import java.time.LocalDateTime;
import org.napacademy.domain.model.accompaniment.MentoringMode;

/** When (the venue's wall-clock time) and how a request's mentoring session takes place; the link is optional. */
public record NewMentoringSession(LocalDateTime startsAt, MentoringMode mode, String meetingLink) {
}
