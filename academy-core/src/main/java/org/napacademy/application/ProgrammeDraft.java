package org.napacademy.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.roadmap.ResultLevel;

/**
 * What a programme is made of, to create or replace one. {@code levels} and {@code tags} are the roadmap
 * template; null keeps that part as it is (a new programme: all four levels, no tags). {@code vocabulary}: the
 * programme's own words; null keeps them (a new programme: the platform's words).
 * {@code certificateThreshold}: the share of sessions that earns a certificate; null keeps it (0.75 for a new one).
 */
public record ProgrammeDraft(String name, String description, Set<String> languages,
                             Set<ResultLevel> levels, List<ThematicTag> tags, Vocabulary vocabulary,
                             BigDecimal certificateThreshold) {
}
