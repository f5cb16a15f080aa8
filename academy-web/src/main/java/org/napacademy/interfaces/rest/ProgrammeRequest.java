package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.napacademy.application.ProgrammeDraft;
import org.napacademy.domain.model.roadmap.Pillar;
import org.napacademy.domain.model.roadmap.ResultLevel;

/**
 * Body of POST and PUT /programmes. Without levels and pillars the template stays as it is (the full
 * template for a new programme). {@code certificateThreshold} (above 0, at most 1) is the share of a cohort's
 * sessions that earns a certificate; without it the programme keeps its own (0.75 for a new one).
 * {@code version} is for PUT when no If-Match is sent.
 */
public record ProgrammeRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotEmpty Set<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as es") String> languages,
        Set<@NotNull ResultLevel> levels,
        Set<@NotNull Pillar> pillars,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal certificateThreshold,
        Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public ProgrammeRequest(String name, String description, Set<String> languages, Set<ResultLevel> levels,
            Set<Pillar> pillars, BigDecimal certificateThreshold, Long version) {
        this.name = name;
        this.description = description;
        this.languages = languages;
        this.levels = levels;
        this.pillars = pillars;
        this.certificateThreshold = certificateThreshold;
        this.version = version;
    }

    ProgrammeDraft toDraft() { return new ProgrammeDraft(name, description, languages, levels, pillars, certificateThreshold); }
}
