package org.napacademy.application;

import java.math.BigDecimal;
import java.util.Set;
import org.napacademy.domain.model.roadmap.Pillar;
import org.napacademy.domain.model.roadmap.ResultLevel;

/**
 * What a programme is made of, to create or replace one. {@code levels} and {@code pillars} are the roadmap
 * template; when both are null the template stays as it is (the full template for a new programme).
 * {@code certificateThreshold}: the share of sessions that earns a certificate; null keeps it (0.75 for a new one).
 */
public record ProgrammeDraft(String name, String description, Set<String> languages,
                             Set<ResultLevel> levels, Set<Pillar> pillars, BigDecimal certificateThreshold) {
}
