package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import java.util.Set;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.roadmap.Pillar;
import org.napacademy.domain.model.roadmap.ResultLevel;

/** A programme as the API shows it; levels and pillars are its roadmap template. */
public record ProgrammeView(Long id, long version, String name, String description, Set<String> languages,
                            Set<ResultLevel> levels, Set<Pillar> pillars, BigDecimal certificateThreshold) {

    static ProgrammeView of(Programme programme) {
        var template = programme.template();
        return new ProgrammeView(programme.id(), programme.version(), programme.name(),
                programme.description().orElse(null), programme.languages(), template.levels(), template.pillars(),
                programme.certificateThreshold());
    }
}
