package org.napacademy.bench;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.napacademy.application.CohortDraft;
import org.napacademy.application.ImportFailed;
import org.napacademy.application.ImportedActual;
import org.napacademy.application.IndicatorDraft;
import org.napacademy.application.NewNode;
import org.napacademy.application.NodeDetails;
import org.napacademy.application.ParsedRow;
import org.napacademy.application.ParticipantDraft;
import org.napacademy.application.PlannedTarget;
import org.napacademy.application.ProgrammeDraft;
import org.napacademy.application.StandaloneServices;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.TreeNumbers;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.infrastructure.persistence.MigratedDatabase;

/**
 * The benchmark's data set, written through the application services into the database the packaged app
 * will open: 1 programme, 10 cohorts of 14 delegations (35 countries), 10 participants each, one roadmap
 * of 202 nodes per delegation, 30,000 indicators with 8 quarterly periods and 1,000,000 measurements
 * (targets and actuals) at scale 1. Usage: {@code BenchData <jdbc url> <scale> <ids file>}; the ids file
 * receives the programme, a cohort and a roadmap to measure, and the roadmap the import figure writes to.
 * The database password is the app's, {@code ACADEMY_DB_PASSWORD}.
 *
 * <p>Roadmaps are filled on {@code bench.threads} threads (2), each roadmap by one thread in its own
 * transactions, as two people editing two roadmaps would. {@code bench.batch} indicators (25) go in one
 * transaction.
 */
public final class BenchData {
    private static final int DELEGATIONS_PER_COHORT = 14;
    private static final int PARTICIPANTS_PER_DELEGATION = 10;
    private static final int GOALS = 2;
    private static final int OUTCOMES_PER_GOAL = 4;
    private static final int OUTPUTS_PER_OUTCOME = 4;
    private static final int ACTIVITIES_PER_OUTPUT = 5;
    private static final int PERIODS = 8;
    private static final int THREADS = Integer.getInteger("bench.threads", 2);
    /** Indicators per transaction: the persistence context stays small, so each flush stays cheap. */
    private static final int INDICATORS_PER_TRANSACTION = Integer.getInteger("bench.batch", 25);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final DateRange SCHEDULE = new DateRange(START, LocalDate.of(2026, 12, 31));
    private static final String[] PILLARS = Pillar.TAGS.stream().map(tag -> tag.code()).toArray(String[]::new);
    private static final Sex[] SEXES = {Sex.FEMALE, Sex.MALE, Sex.FEMALE, Sex.OTHER, Sex.UNDISCLOSED};
    private static final InstitutionType[] INSTITUTIONS = InstitutionType.values();

    private final MigratedDatabase database;
    private final int cohorts;
    private final int delegations;
    private final long indicators;
    private final long measurements;
    private final Map<String, LongAdder> threadNanos = Collections.synchronizedMap(new HashMap<>());
    private long lastReport = System.nanoTime();
    private long lastCpu = cpuNanos();

    private BenchData(MigratedDatabase database, double scale) {
        this.database = database;
        this.delegations = Math.max(2, (int) Math.round(140 * scale));
        this.cohorts = Math.max(1, (delegations + DELEGATIONS_PER_COHORT - 1) / DELEGATIONS_PER_COHORT);
        this.indicators = Math.max(delegations, Math.round(30_000 * scale));
        this.measurements = Math.max(indicators * PERIODS, Math.round(1_000_000 * scale));
    }

    public static void main(String[] args) throws IOException {
        var started = System.nanoTime();
        var ids = new ArrayList<String>();
        try (var database = MigratedDatabase.at(args[0], password(), Map.of("eclipselink.logging.level", "SEVERE", "eclipselink.weaving", "true",
                // every transaction reads what it needs from the database: the generator never reads an entity twice across transactions
                "jakarta.persistence.sharedCache.mode", "NONE"))) {
            new BenchData(database, Double.parseDouble(args[1])).generate(ids);
        }
        Files.write(Path.of(args[2]), ids);
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** The app reads the same variable; an H2 file keeps the password it was created with. */
    static String password() { return System.getenv().getOrDefault("ACADEMY_DB_PASSWORD", ""); }

    private void generate(List<String> ids) {
        var countries = database.inTransaction(em -> em.createQuery("select c.iso2 from Country c order by c.iso2", String.class).getResultList());
        long programmeId = database.inTransaction(em -> services(em).programmes.create(
                new ProgrammeDraft("Benchmark programme " + System.currentTimeMillis(), "Generated by bench/run.sh", Set.of("en"),
                        null, Pillar.TAGS, null, null)).id());
        ids.add("programme=" + programmeId);

        var roadmapIds = new ArrayList<Long>();
        var cohortIds = new ArrayList<Long>();
        for (int c = 0; c < cohorts; c++) {
            int cohort = c;
            var first = LocalDate.of(2024, 1, 15).plusWeeks(4L * c);
            long cohortId = database.inTransaction(em -> services(em).cohorts.create(new CohortDraft(programmeId,
                    "Bench cohort " + (cohort + 1), null, "City " + (cohort + 1), countries.get(cohort % countries.size()), null,
                    first, first.plusDays(2), null)).cohort().id());
            cohortIds.add(cohortId);
            int inCohort = Math.min(DELEGATIONS_PER_COHORT, delegations - c * DELEGATIONS_PER_COHORT);
            for (int d = 0; d < inCohort; d++) {
                var country = countries.get((c * DELEGATIONS_PER_COHORT + d) % countries.size());
                roadmapIds.add(database.inTransaction(em -> delegationWithParticipants(services(em), cohortId, country)));
            }
        }
        ids.add("cohort=" + cohortIds.get(0));
        ids.add("roadmap=" + roadmapIds.get(0));
        // the import figure writes to a roadmap of the last cohort, away from the roadmap and cohort measured
        ids.add("importRoadmap=" + roadmapIds.get(roadmapIds.size() - 1));
        report("programme, " + cohorts + " cohorts, " + delegations + " delegations with " + PARTICIPANTS_PER_DELEGATION + " participants");

        fillRoadmaps(roadmapIds);
        long targets = indicators * PERIODS;
        report(roadmapIds.size() + " roadmaps of " + nodesPerRoadmap() + " nodes, " + indicators + " indicators with " + PERIODS
                + " periods, " + measurements + " measurements (" + targets + " targets, " + (measurements - targets) + " actuals) on "
                + THREADS + " threads, of which (thread time):");
        for (var part : List.of(TREES, INDICATORS, ACTUALS))
            System.out.printf("    %-68s %6.1f s%n", part, threadNanos.getOrDefault(part, new LongAdder()).sum() / 1e9);
    }

    private static final String TREES = "nodes";
    private static final String INDICATORS = "indicators, periods and targets (services, " + INDICATORS_PER_TRANSACTION + " per transaction)";
    private static final String ACTUALS = "actuals (the measurements import, one per roadmap)";

    private void fillRoadmaps(List<Long> roadmapIds) {
        var pool = Executors.newFixedThreadPool(THREADS);
        try {
            var done = new ArrayList<Future<?>>();
            for (int r = 0; r < roadmapIds.size(); r++) {
                int index = r;
                done.add(pool.submit(() -> fillRoadmap(index, roadmapIds.size(), roadmapIds.get(index))));
            }
            long started = System.nanoTime();
            for (int i = 0; i < done.size(); i++) {
                done.get(i).get();
                if ((i + 1) % Math.max(1, done.size() / 10) == 0)
                    System.out.printf("    ... %d of %d roadmaps after %.0f s%n", i + 1, done.size(), (System.nanoTime() - started) / 1e9);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("generating a roadmap failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Roadmap {@code r} of {@code roadmaps}: its tree, its share of the indicators with their periods and targets, its share of the actuals. */
    private void fillRoadmap(int r, int roadmaps, long roadmapId) {
        var carrierPaths = timed(TREES, () -> database.inTransaction(em -> {
            var services = services(em);
            var carriers = tree(services, roadmapId);
            var pathById = new HashMap<Long, String>();
            TreeNumbers.of(services.roadmaps.whole(roadmapId)).forEach((node, path) -> pathById.put(node.id(), path));
            var paths = new ArrayList<String>();
            carriers.forEach(id -> paths.add(pathById.get(id)));
            return new Carriers(carriers, paths);
        }));

        long own = share(indicators, roadmaps, r);
        timed(INDICATORS, () -> {
            for (long from = 0; from < own; from += INDICATORS_PER_TRANSACTION) {
                long first = from;
                database.inTransaction(em -> {
                    var services = services(em);
                    for (long k = first; k < Math.min(own, first + INDICATORS_PER_TRANSACTION); k++) indicator(services, carrierPaths.ids(), k);
                    return null;
                });
            }
            return null;
        });

        // Actuals go in as the measurements import does it: one streamed, batched import per roadmap.
        var rows = actualRows(share(measurements - indicators * PERIODS, roadmaps, r), own, carrierPaths.paths());
        timed(ACTUALS, () -> database.inTransaction(em -> {
            try {
                return services(em).imports.importActuals(roadmapId, sink -> rows.forEach(sink::row));
            } catch (ImportFailed failed) {
                throw new IllegalStateException("the actuals of roadmap " + roadmapId + " were refused: " + failed.report().errors(), failed);
            }
        }));
    }

    private static void indicator(StandaloneServices services, List<Long> carriers, long k) {
        var indicator = services.indicators.addIndicator(carriers.get((int) (k % carriers.size())), new IndicatorDraft(indicatorTitle(k),
                IndicatorUnit.NUMBER, true, BigDecimal.ZERO, START, "Records of the ministry", false, null));
        for (int p = 0; p < PERIODS; p++)
            services.indicators.addPeriod(indicator.id(), quarter(p), List.of(new PlannedTarget(BigDecimal.valueOf(10L * (p + 1)), null, null)));
    }

    /** Part {@code r} of {@code total} split in {@code parts} nearly equal shares. */
    private static long share(long total, int parts, int r) { return total / parts + (r < total % parts ? 1 : 0); }

    /**
     * {@code count} actuals of a roadmap with {@code ownIndicators} indicators, spread round robin over their
     * periods, each a few days after the last one of the same period.
     */
    private static List<ParsedRow<ImportedActual>> actualRows(long count, long ownIndicators, List<String> carrierPaths) {
        var periods = new ArrayList<ImportedActual>();
        for (long k = 0; k < ownIndicators; k++) {
            var path = carrierPaths.get((int) (k % carrierPaths.size()));
            for (int p = 0; p < PERIODS; p++) {
                var dates = quarter(p);
                periods.add(new ImportedActual(path, indicatorTitle(k), dates.start(), dates.end(), null, null, null, null, null));
            }
        }
        var rows = new ArrayList<ParsedRow<ImportedActual>>();
        for (long a = 0; a < count; a++) {
            var period = periods.get((int) (a % periods.size()));
            rows.add(ParsedRow.of(a + 2, new ImportedActual(period.path(), period.indicator(), period.periodStart(), period.periodEnd(),
                    null, null, BigDecimal.valueOf(a % 97), period.periodStart().plusDays(a / periods.size()), null)));
        }
        return rows;
    }

    private static String indicatorTitle(long k) { return "Indicator " + (k + 1); }

    private static DateRange quarter(int p) {
        var start = START.plusMonths(3L * p);
        return new DateRange(start, start.plusMonths(3).minusDays(1));
    }

    private static long delegationWithParticipants(StandaloneServices services, long cohortId, String country) {
        var details = services.delegations.create(cohortId, country);
        long delegationId = details.delegation().id();
        for (int p = 0; p < PARTICIPANTS_PER_DELEGATION; p++)
            services.delegations.enrol(delegationId, new ParticipantDraft("Given" + p, "Family" + p + country,
                    "p" + p + "." + delegationId + "@example.org", "Ministry " + (p % 3), INSTITUTIONS[p % INSTITUTIONS.length],
                    "Adviser", SEXES[p % SEXES.length], null, true, "en"));
        return details.roadmapId();
    }

    /** Goals, outcomes, outputs and activities; answers the nodes that carry indicators (outcomes and outputs). */
    private static List<Long> tree(StandaloneServices services, long roadmapId) {
        var carriers = new ArrayList<Long>();
        for (int g = 0; g < GOALS; g++) {
            long goal = node(services, roadmapId, null, ResultLevel.GOAL, "Goal " + (g + 1), PILLARS[g % PILLARS.length]);
            for (int o = 0; o < OUTCOMES_PER_GOAL; o++) {
                long outcome = node(services, roadmapId, goal, ResultLevel.OUTCOME, "Outcome " + (g + 1) + "." + (o + 1), null);
                carriers.add(outcome);
                for (int u = 0; u < OUTPUTS_PER_OUTCOME; u++) {
                    long output = node(services, roadmapId, outcome, ResultLevel.OUTPUT, "Output " + (g + 1) + "." + (o + 1) + "." + (u + 1), null);
                    carriers.add(output);
                    for (int a = 0; a < ACTIVITIES_PER_OUTPUT; a++)
                        node(services, roadmapId, output, ResultLevel.ACTIVITY, "Activity " + (a + 1) + " of output " + output, null);
                }
            }
        }
        return carriers;
    }

    private static long node(StandaloneServices services, long roadmapId, Long parentId, ResultLevel level, String title, String pillar) {
        return services.roadmaps.addNode(roadmapId, new NewNode(parentId, level,
                new NodeDetails(title, null, pillar, "Ministry of Foreign Affairs", SCHEDULE, null, null, null))).id();
    }

    private static int nodesPerRoadmap() {
        return GOALS * (1 + OUTCOMES_PER_GOAL * (1 + OUTPUTS_PER_OUTCOME * (1 + ACTIVITIES_PER_OUTPUT)));
    }

    private static StandaloneServices services(EntityManager em) {
        return new StandaloneServices(em);
    }

    private <T> T timed(String part, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            threadNanos.computeIfAbsent(part, p -> new LongAdder()).add(System.nanoTime() - started);
        }
    }

    /** Wall time, and the CPU time of the whole process (all threads, the garbage collector's too), since the last report. */
    private void report(String what) {
        long now = System.nanoTime();
        long cpu = cpuNanos();
        System.out.printf("  %-70s %6.1f s (CPU %.1f s)%n", what, (now - lastReport) / 1e9, (cpu - lastCpu) / 1e9);
        lastReport = now;
        lastCpu = cpu;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private record Carriers(List<Long> ids, List<String> paths) { }
}
