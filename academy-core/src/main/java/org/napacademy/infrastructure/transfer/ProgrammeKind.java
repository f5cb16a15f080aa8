package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import org.napacademy.application.ProgrammeImportRefused;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ReportingCalendar;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.roadmap.ResultLevel;

/** The programme itself: one object, first in the document. */
final class ProgrammeKind implements TransferKind {
    static final String SECTION = "programme";
    /**
     * While importing, certificates are restored under the lowest threshold: each keeps the attendance it was
     * issued for under the threshold of its day, which may since have been raised. The real one is set last.
     */
    private static final BigDecimal THRESHOLD_WHILE_IMPORTING = new BigDecimal("0.0001");

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        var programme = out.programme();
        out.json().writeStartObject(SECTION);
        out.writeKey(programme);
        out.text("name", programme.name());
        out.optionalText("description", programme.description());
        out.strings("languages", programme.languages());
        out.json().writeStartObject("template");
        out.strings("levels", programme.template().levels().stream().map(Enum::name).toList());
        out.array("tags", programme.template().tags().stream(), tag -> {
            out.text("code", tag.code());
            out.localized("label", tag.label());
        });
        out.json().writeEnd();
        out.json().writeStartObject("vocabulary");
        programme.vocabulary().words().forEach((term, text) -> out.localized(term.name(), text));
        out.json().writeEnd();
        out.decimal("certificateThreshold", programme.certificateThreshold());
        programme.reportingCalendar().ifPresent(calendar -> {
            out.json().writeStartObject("reportingCalendar");
            out.number("intervalMonths", calendar.intervalMonths());
            out.number("months", calendar.months());
            out.number("graceDays", calendar.graceDays());
            out.json().writeEnd();
        });
        out.json().writeEnd();
    }

    @Override public void read(JsonObject element, Importing in) {
        if (in.hasProgramme()) throw new IllegalArgumentException("a document holds one programme");
        var name = Fields.text(element, "name");
        var namesakes = in.em().createQuery("select count(p) from Programme p where lower(p.name) = lower(?1)", Long.class)
                .setParameter(1, name).getSingleResult();
        if (namesakes > 0)
            throw new ProgrammeImportRefused("This database already holds a programme named \"" + name
                    + "\"; rename the programme in the document (its \"programme\".\"name\") or import into another database");
        var programme = new Programme(name, Fields.optionalText(element, "description").orElse(null),
                new HashSet<>(Fields.strings(element, "languages")));
        var template = Fields.object(element, "template");
        programme.changeTemplate(new RoadmapTemplate(
                new HashSet<>(enums(Fields.strings(template, "levels"), ResultLevel.class)),
                template.containsKey("pillars") ? LegacyPillars.tags(Fields.strings(template, "pillars"))
                        : Fields.objects(template, "tags").stream()
                                .map(tag -> new ThematicTag(Fields.text(tag, "code"), Fields.localized(tag, "label"))).toList()));
        Fields.optionalObject(element, "vocabulary").ifPresent(vocabulary -> {
            var words = new EnumMap<Term, LocalizedText>(Term.class);
            for (var term : vocabulary.keySet())
                words.put(enums(List.of(term), Term.class).get(0), Fields.localized(vocabulary, term));
            programme.useVocabulary(new Vocabulary(words));
        });
        Fields.optionalObject(element, "reportingCalendar").ifPresent(calendar -> programme.scheduleReporting(new ReportingCalendar(
                Fields.integer(calendar, "intervalMonths"), Fields.integer(calendar, "months"), Fields.integer(calendar, "graceDays"))));
        var threshold = Fields.decimal(element, "certificateThreshold");
        programme.requireForCertificate(THRESHOLD_WHILE_IMPORTING);
        in.atTheEnd(() -> programme.requireForCertificate(threshold));
        in.persist(programme);
        in.programme(programme);
        in.register(SECTION, Fields.key(element), programme);
        in.count("programmes");
    }

    private static <E extends Enum<E>> List<E> enums(List<String> names, Class<E> type) {
        return names.stream().map(name -> {
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + name);
            }
        }).toList();
    }
}
