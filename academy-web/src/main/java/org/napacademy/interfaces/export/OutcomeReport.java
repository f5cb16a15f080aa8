package org.napacademy.interfaces.export;

import org.napacademy.application.CohortOutcomes;
import org.napacademy.interfaces.charts.OutcomeCharts;
import org.napacademy.interfaces.charts.Words;

/**
 * What the cohort's outcome report shows beyond its schedule: the dashboard's figures, its charts, and the words
 * the dashboard uses for them (in the report's language), so the PDF says exactly what the sponsor sees on screen.
 */
public record OutcomeReport(CohortOutcomes outcomes, OutcomeCharts charts, Words words) {
}
