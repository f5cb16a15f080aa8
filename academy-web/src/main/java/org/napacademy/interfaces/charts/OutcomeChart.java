package org.napacademy.interfaces.charts;

import java.util.Optional;
import org.jfree.chart.JFreeChart;

/**
 * One chart of a cohort's outcomes with its title, or, when there is nothing to draw yet, the sentence saying so;
 * {@code note} explains how to read it (may be empty).
 */
public record OutcomeChart(String title, Optional<JFreeChart> chart, String emptyMessage, String note) {

    static OutcomeChart of(String title, JFreeChart chart, String note) {
        return new OutcomeChart(title, Optional.of(chart), "", note);
    }

    static OutcomeChart empty(String title, String emptyMessage) {
        return new OutcomeChart(title, Optional.empty(), emptyMessage, "");
    }
}
