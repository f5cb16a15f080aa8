package org.napacademy.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.MeasurementKind;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.TreeNumbers;

/**
 * Actuals into one roadmap, rows as its measurements export writes them: the node's number and the
 * indicator's title name the indicator, the dates name its period. So that an edited export can be imported
 * again, its targets and the actuals already recorded (same sex, date, value and comment) are skipped.
 */
final class ActualImport implements RowImport<ImportedActual> {
    private final Map<String, ResultNode> nodes = new HashMap<>();
    private final Runnable flush;

    ActualImport(Roadmap roadmap, Runnable flush) {
        TreeNumbers.of(roadmap).forEach((node, path) -> nodes.put(path, node));
        this.flush = flush;
    }

    @Override public Outcome apply(long row, ImportedActual actual, ImportTally tally) {
        var node = nodes.get(actual.path().trim());
        if (node == null) {
            tally.error(row, "path", "The roadmap has no node numbered " + actual.path());
            return Outcome.REFUSED;
        }
        var matches = node.indicators().stream().filter(i -> i.title().trim().equalsIgnoreCase(actual.indicator().trim())).toList();
        if (matches.size() != 1) {
            tally.error(row, "indicator", matches.isEmpty() ? "Node " + actual.path() + " has no indicator titled " + actual.indicator()
                    : "Node " + actual.path() + " has " + matches.size() + " indicators titled " + actual.indicator());
            return Outcome.REFUSED;
        }
        var period = periodOf(matches.get(0), actual);
        if (period == null) {
            tally.error(row, "periodStart", "Indicator " + actual.indicator() + " has no period from " + actual.periodStart()
                    + " to " + actual.periodEnd());
            return Outcome.REFUSED;
        }
        if (actual.kind() == MeasurementKind.TARGET || period.actuals().stream().anyMatch(m -> same(m, actual)))
            return Outcome.SKIPPED;
        period.recordActual(actual.value(), actual.sex(), actual.asOf(), actual.comment(), null);
        return Outcome.CREATED;
    }

    private static Period periodOf(Indicator indicator, ImportedActual actual) {
        return indicator.periods().stream().filter(p -> p.dates().start().equals(actual.periodStart())
                && p.dates().end().equals(actual.periodEnd())).findFirst().orElse(null);
    }

    private static boolean same(Measurement recorded, ImportedActual actual) {
        return recorded.sex().orElse(null) == actual.sex() && recorded.asOf().equals(actual.asOf())
                && (actual.value() == null ? recorded.value().isEmpty()
                    : recorded.value().filter(v -> v.compareTo(actual.value()) == 0).isPresent())
                && Objects.equals(recorded.comment().orElse(null), actual.comment());
    }

    @Override public String describe(ImportedActual actual) {
        return actual.path() + " " + actual.indicator() + " · " + actual.periodStart() + " – " + actual.periodEnd() + " · "
                + (actual.sex() == null ? "TOTAL" : actual.sex()) + " · "
                + (actual.value() == null ? actual.comment() : actual.value().stripTrailingZeros().toPlainString())
                + " @ " + actual.asOf();
    }

    @Override public void flush() { flush.run(); }
}
