package org.napacademy.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;

/**
 * The benchmark's reference for the cohort outcomes: one hand-written SQL aggregate computing the cohort's
 * per-delegation figures on the same database (participants; activities and those done; indicators, those
 * measured, on track and their summed achievement, from each indicator's latest period with a total target
 * and actual, using its latest actual). Usage: {@code OutcomesSql <jdbc url> <cohort id> <runs>}; prints the
 * median time of the runs after one warm-up, in milliseconds, and the figures of the last run.
 */
public final class OutcomesSql {
    static final String QUERY = """
            SELECT d.id,
                   (SELECT COUNT(*) FROM participant pa WHERE pa.delegation_id = d.id) AS participants,
                   (SELECT COUNT(*) FROM result_node n JOIN roadmap r ON r.id = n.roadmap_id
                    WHERE r.delegation_id = d.id AND n.result_level = 'ACTIVITY' AND n.progress_status <> 'CANCELLED') AS activities,
                   (SELECT COUNT(*) FROM result_node n JOIN roadmap r ON r.id = n.roadmap_id
                    WHERE r.delegation_id = d.id AND n.result_level = 'ACTIVITY' AND n.progress_status = 'DONE') AS activities_done,
                   (SELECT COUNT(*) FROM indicator i JOIN result_node n ON n.id = i.result_node_id JOIN roadmap r ON r.id = n.roadmap_id
                    WHERE r.delegation_id = d.id AND n.progress_status <> 'CANCELLED') AS indicators,
                   COALESCE(x.measured, 0), COALESCE(x.on_track, 0), COALESCE(x.achievement_sum, 0)
            FROM delegation d
            LEFT JOIN (
                SELECT delegation_id, COUNT(*) AS measured, COUNT(CASE WHEN ratio >= elapsed THEN 1 END) AS on_track,
                       SUM(ratio) AS achievement_sum
                FROM (
                    SELECT delegation_id, ratio, elapsed,
                           ROW_NUMBER() OVER (PARTITION BY indicator_id ORDER BY start_date DESC) AS latest_period
                    FROM (
                        SELECT r.delegation_id, p.indicator_id, p.start_date, m.measurement_kind, m.as_of_date,
                               (m.measured_value - COALESCE(i.baseline_value, 0))
                                   / NULLIF(MAX(CASE WHEN m.measurement_kind = 'TARGET' THEN m.measured_value END) OVER (PARTITION BY p.id)
                                            - COALESCE(i.baseline_value, 0), 0) AS ratio,
                               CAST(DATEDIFF('DAY', p.start_date, m.as_of_date) + 1 AS DECIMAL(19, 6))
                                   / (DATEDIFF('DAY', p.start_date, p.end_date) + 1) AS elapsed,
                               ROW_NUMBER() OVER (PARTITION BY p.id, m.measurement_kind ORDER BY m.as_of_date DESC, m.id DESC) AS latest
                        FROM measurement m
                        JOIN indicator_period p ON p.id = m.period_id
                        JOIN indicator i ON i.id = p.indicator_id
                        JOIN result_node n ON n.id = i.result_node_id AND n.progress_status <> 'CANCELLED'
                        JOIN roadmap r ON r.id = n.roadmap_id
                        JOIN delegation dd ON dd.id = r.delegation_id
                        WHERE dd.cohort_id = ? AND m.sex IS NULL AND m.measured_value IS NOT NULL) latest_actuals
                    WHERE measurement_kind = 'ACTUAL' AND latest = 1 AND ratio IS NOT NULL) achievements
                WHERE latest_period = 1
                GROUP BY delegation_id) x ON x.delegation_id = d.id
            WHERE d.cohort_id = ?
            ORDER BY d.id""";

    private OutcomesSql() { }

    public static void main(String[] args) throws SQLException {
        long cohortId = Long.parseLong(args[1]);
        int runs = Integer.parseInt(args[2]);
        try (var connection = DriverManager.getConnection(args[0], "sa", BenchData.password())) {
            var times = new ArrayList<Double>();
            var figures = new StringBuilder();
            for (int run = 0; run <= runs; run++) {
                figures.setLength(0);
                long started = System.nanoTime();
                try (var statement = connection.prepareStatement(QUERY)) {
                    statement.setLong(1, cohortId);
                    statement.setLong(2, cohortId);
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) figures.append(String.format("  delegation %d: %d participants, %d/%d activities done, "
                                        + "%d indicators, %d measured, %d on track, achievement sum %s%n", rows.getLong(1), rows.getLong(2),
                                rows.getLong(4), rows.getLong(3), rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getBigDecimal(8)));
                    }
                }
                if (run > 0) times.add((System.nanoTime() - started) / 1e6);
            }
            Collections.sort(times);
            System.out.print(figures);
            System.out.printf("median_ms=%.1f%n", times.get(times.size() / 2));
        }
    }
}
