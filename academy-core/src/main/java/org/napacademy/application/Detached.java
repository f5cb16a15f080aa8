package org.napacademy.application;

import java.util.EnumMap;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * Copies of embeddable values for the read models that screens keep. An embeddable read from an entity carries the
 * persistence context's change listener (EclipseLink's weaving), and through it every entity that context read: a
 * dashboard keeping a cohort's dates kept the whole programme's roadmaps with their measurements (issue 10, figure 4).
 */
final class Detached {
    private Detached() { }

    static DateRange copy(DateRange dates) { return DateRange.of(dates.start(), dates.end()); }

    static LocalizedText copy(LocalizedText text) {
        return new LocalizedText(text.en(), text.translationIn("es").orElse(null), text.translationIn("pt").orElse(null),
                text.translationIn("fr").orElse(null));
    }

    static RoadmapTemplate copy(RoadmapTemplate template) {
        return new RoadmapTemplate(template.levels(), template.tags().stream().map(tag -> new ThematicTag(tag.code(), copy(tag.label()))).toList());
    }

    static Vocabulary copy(Vocabulary vocabulary) {
        var words = new EnumMap<Term, LocalizedText>(Term.class);
        vocabulary.words().forEach((term, text) -> words.put(term, copy(text)));
        return new Vocabulary(words);
    }

    static BudgetLine copy(BudgetLine line) { return new BudgetLine(line.money(), line.fundingSource().orElse(null), line.genderMarker()); }
}
