package org.napacademy.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napacademy.application.ProgrammeDraft;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * Body of POST and PUT /programmes. {@code levels} and {@code tags} are the roadmap template (levels used, in their
 * canonical order GOAL > OUTCOME > OUTPUT > ACTIVITY; thematic tags in the order forms offer them); without them
 * that part stays as it is (a new programme: all four levels, no tags). {@code vocabulary} names the programme's
 * words per term (e.g. {"COHORT": {"en": "Gathering", "es": "Encuentro"}}); without it the words stay (a new
 * programme: the platform's). {@code certificateThreshold} (above 0, at most 1) is the share of a cohort's sessions
 * that earns a certificate; without it the programme keeps its own (0.75 for a new one).
 * {@code version} is for PUT when no If-Match is sent.
 */
public record ProgrammeRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotEmpty Set<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as es") String> languages,
        Set<@NotNull ResultLevel> levels,
        @Size(max = 50) List<@NotNull @Valid TagJson> tags,
        Map<@NotNull Term, @NotNull @Valid LocalizedTextJson> vocabulary,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal certificateThreshold,
        Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public ProgrammeRequest(String name, String description, Set<String> languages, Set<ResultLevel> levels,
            List<TagJson> tags, Map<Term, LocalizedTextJson> vocabulary, BigDecimal certificateThreshold, Long version) {
        this.name = name;
        this.description = description;
        this.languages = languages;
        this.levels = levels;
        this.tags = tags;
        this.vocabulary = vocabulary;
        this.certificateThreshold = certificateThreshold;
        this.version = version;
    }

    ProgrammeDraft toDraft() {
        return new ProgrammeDraft(name, description, languages, levels,
                tags == null ? null : tags.stream().map(TagJson::toTag).toList(),
                vocabulary == null ? null : words(), certificateThreshold);
    }

    private Vocabulary words() {
        var words = new EnumMap<Term, LocalizedText>(Term.class);
        vocabulary.forEach((term, text) -> words.put(term, LocalizedTextJson.toText(text)));
        return new Vocabulary(words);
    }
}
