package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.roadmap.ResultLevel;

/**
 * A programme as the API shows it; levels and tags are its roadmap template, vocabulary the words it names in its
 * own way (a term left out is the platform's word; {@code GET /programmes/{id}/words} resolves all of them).
 */
public record ProgrammeView(Long id, long version, String name, String description, Set<String> languages,
                            Set<ResultLevel> levels, List<TagJson> tags, Map<Term, LocalizedTextJson> vocabulary,
                            BigDecimal certificateThreshold) {

    static ProgrammeView of(Programme programme) {
        var template = programme.template();
        var vocabulary = new EnumMap<Term, LocalizedTextJson>(Term.class);
        programme.vocabulary().words().forEach((term, text) -> vocabulary.put(term, LocalizedTextJson.of(text)));
        return new ProgrammeView(programme.id(), programme.version(), programme.name(),
                programme.description().orElse(null), programme.languages(), template.levels(),
                template.tags().stream().map(TagJson::of).toList(), vocabulary, programme.certificateThreshold());
    }
}
