package org.napacademy.interfaces.export;

import java.util.Arrays;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.napacademy.application.RoadmapDocument;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.roadmap.Achievement;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.MeasurementKind;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.TreeNumbers;

/** A roadmap as tables: its result nodes, and its indicators' targets and actuals. */
public final class RoadmapTables {
    public static final String NODES = "nodes";
    public static final String MEASUREMENTS = "measurements";
    public static final List<String> NAMES = List.of(NODES, MEASUREMENTS);

    private RoadmapTables() { }

    public static List<Table> of(RoadmapDocument document, ExportTexts texts) {
        return List.of(nodes(document.roadmap(), texts), measurements(document.roadmap(), texts));
    }

    /** The label of the node's tag in the export's language (the code when the programme no longer has it; empty when untagged). */
    public static String tagLabel(ResultNode node, ExportTexts texts) {
        return texts.words(node.roadmap().programme()).tag(node.roadmap().template(), node.tag().orElse(null));
    }

    /** Whose roadmap it is: the delegation's country, or for a gathering's shared roadmap the cohort's name. */
    public static String owner(Roadmap roadmap, ExportTexts texts) {
        return roadmap.delegation().map(d -> d.country().name().in(texts.locale())).orElseGet(() -> roadmap.cohort().name());
    }

    /** {@code parts} percentages with two decimals that add up to exactly 100, the remainder on the first. */
    static List<BigDecimal> equalShares(int parts) {
        var share = new BigDecimal(100).divide(BigDecimal.valueOf(parts), 2, java.math.RoundingMode.DOWN);
        var shares = new java.util.ArrayList<BigDecimal>(java.util.Collections.nCopies(parts, share));
        shares.set(0, share.add(new BigDecimal(100).subtract(share.multiply(BigDecimal.valueOf(parts)))));
        return shares;
    }

    /** Every node in tree order, numbered by its place in the tree (1, 1.1, 1.1.2). */
    public static Table nodes(Roadmap roadmap, ExportTexts texts) {
        var words = texts.words(roadmap.programme());
        var headers = Stream.of(headers(texts, "path", "level", "parent", "title"), List.of(words.word(Term.TAG)),
                headers(texts, "institution", "start", "end", "status", "rolledUpStatus", "budget")).flatMap(List::stream).toList();
        var table = new Table(NODES, texts.text("table.nodes"), headers);
        var numbers = numbering(roadmap);
        numbers.forEach((node, path) -> table.row(path, words.level(node.level()),
                node.parent().map(numbers::get).orElse(null), node.title(),
                tagLabel(node, texts), node.responsibleInstitution().orElse(null), node.schedule().start(),
                node.schedule().end(), texts.label(node.status()), texts.label(node.rolledUpStatus()),
                ExportTexts.money(node.budgetTotals())));
        return table;
    }

    /** One row per target and per actual, with the baseline repeated, period by period. */
    public static Table measurements(Roadmap roadmap, ExportTexts texts) {
        var table = new Table(MEASUREMENTS, texts.text("table.measurements"), headers(texts, "path", "node", "indicator",
                "unit", "reference", "baseline", "baselineDate", "periodStart", "periodEnd", "kind", "sex", "value", "asOf",
                "comment", "achievementPercent"));
        numbering(roadmap).forEach((node, path) -> node.indicators().forEach(indicator -> indicator.periods().forEach(period ->
                measurementsInOrder(period).forEach(m -> table.row(path, node.title(), indicator.title(),
                        texts.label(indicator.unit()), indicator.reference().map(Object::toString).orElse(null),
                        indicator.baselineValue().orElse(null), indicator.baselineDate().orElse(null),
                        period.dates().start(), period.dates().end(), texts.label(m.kind()),
                        m.sex().map(texts::label).orElse(texts.text("column.total")), m.value().orElse(null), m.asOf(),
                        m.comment().orElse(null), achievementOf(period, m).map(Achievement::percent).orElse(null))))));
        return table;
    }

    /** Nodes in tree order with their numbers. */
    public static Map<ResultNode, String> numbering(Roadmap roadmap) { return TreeNumbers.of(roadmap); }

    /** Targets first, then actuals oldest first. */
    private static List<Measurement> measurementsInOrder(Period period) {
        return Stream.concat(period.targets().stream(), period.actuals().stream()).toList();
    }

    /** The achievement belongs to the period's latest actual of its sex dimension, the one it is computed from. */
    static Optional<Achievement> achievementOf(Period period, Measurement measurement) {
        if (measurement.kind() != MeasurementKind.ACTUAL) return Optional.empty();
        Sex sex = measurement.sex().orElse(null);
        return period.latestActual(sex).filter(latest -> latest == measurement).flatMap(latest -> period.achievement(sex));
    }

    /** The indicator's latest actual of the total in any period, latest period first. */
    public static Optional<Measurement> latestActual(Indicator indicator) {
        var periods = indicator.periods();
        for (int i = periods.size() - 1; i >= 0; i--) {
            var actual = periods.get(i).latestActual(null);
            if (actual.isPresent()) return actual;
        }
        return Optional.empty();
    }

    static List<String> headers(ExportTexts texts, String... columns) {
        return Arrays.stream(columns).map(c -> texts.text("column." + c)).toList();
    }
}
