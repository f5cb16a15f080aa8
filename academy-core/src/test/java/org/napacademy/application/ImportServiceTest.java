package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.domain.model.TestData.year;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.delegation.ParticipantRole;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.MeasurementKind;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.Roadmap;

/** The rows of an import checked against the delegation or roadmap and against each other, without a database. */
class ImportServiceTest {

    @Test
    void participants_of_a_good_file_are_enrolled_and_the_focal_point_appointed() {
        var delegation = TestData.delegation();
        var tally = ImportService.run(new ParticipantImport(delegation, () -> { }), source(
                row(2, participant("Ana", "Pérez", "ana@example.org", ParticipantRole.FOCAL_POINT)),
                row(3, participant("Luis", "Mora", null, null))), true);

        assertThat(tally.report(true).errorCount()).isZero();
        assertThat(tally.report(true).rowsValid()).isEqualTo(2);
        assertThat(delegation.participants()).extracting(Participant::familyName).containsExactly("Pérez", "Mora");
        assertThat(delegation.focalPoint()).map(Participant::givenName).contains("Ana");
        assertThat(tally.report(true).sample().get(0).description()).contains("Ana Pérez", "ana@example.org");
    }

    @Test
    void a_name_or_address_twice_in_the_file_or_already_a_member_is_an_error_of_its_row_and_column() {
        var delegation = TestData.delegation();
        delegation.enrol("Marta", "Solís", "marta@example.org", new org.napacademy.domain.model.delegation.Institution("MFA",
                org.napacademy.domain.model.delegation.InstitutionType.GOVERNMENT), null, Sex.FEMALE);
        var report = ImportService.run(new ParticipantImport(delegation, () -> { }), source(
                row(2, participant("Ana", "Pérez", "ana@example.org", null)),
                row(3, participant("ANA", "Perez", "other@example.org", null)),
                row(4, participant("Rosa", "Vega", "Marta@Example.org", null)),
                row(5, participant("Marta", "Solís", null, null))), true).report(false);

        assertThat(report.errors()).containsExactly(
                new RowError(3, "familyName", "ANA Perez appears twice in the file (row 2 too)"),
                new RowError(4, "email", "Marta@Example.org is already a member of this delegation"),
                new RowError(5, "familyName", "Marta Solís is already a member of this delegation"));
        assertThat(report.rowsValid()).isEqualTo(1);
    }

    @Test
    void a_row_of_another_country_or_a_second_focal_point_is_refused() {
        var delegation = TestData.delegation();
        var report = ImportService.run(new ParticipantImport(delegation, () -> { }), source(
                row(2, new ImportedParticipant("Costa Rica", "Uno", "Ana", "MFA", null, Sex.FEMALE, ParticipantRole.FOCAL_POINT, null)),
                row(3, new ImportedParticipant("cri", "Dos", "Eva", "MFA", null, Sex.FEMALE, ParticipantRole.FOCAL_POINT, null)),
                row(4, new ImportedParticipant("Panamá", "Tres", "Ivo", "MFA", null, Sex.MALE, null, null))), true).report(false);

        assertThat(report.errors()).extracting(RowError::row, RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "role"), org.assertj.core.groups.Tuple.tuple(4L, "delegation"));
    }

    @Test
    void a_domain_rule_a_row_breaks_is_an_error_of_that_row() {
        var report = ImportService.run(new ParticipantImport(TestData.delegation(), () -> { }), source(
                row(2, participant("Ana", "Pérez", "not-an-address", null))), true).report(false);

        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.message()).contains("not an email address");
        });
    }

    @Test
    void cell_errors_of_the_reader_are_kept_and_only_the_first_thousand_listed() {
        var rows = LongStream.rangeClosed(2, 1501)
                .mapToObj(n -> ParsedRow.<ImportedParticipant>failed(n, List.of(new RowError(n, "Sex", "Not one of the choices: x"))))
                .toList();
        var report = ImportService.run(new ParticipantImport(TestData.delegation(), () -> { }), sourceOf(rows), false).report(false);

        assertThat(report.rowsRead()).isEqualTo(1500);
        assertThat(report.errorCount()).isEqualTo(1500);
        assertThat(report.errors()).hasSize(ImportReport.MAX_ERRORS);
    }

    @Test
    void actuals_find_their_indicator_by_node_number_and_title_and_their_period_by_its_dates() {
        var roadmap = roadmapWithIndicator();
        var tally = ImportService.run(new ActualImport(roadmap, () -> { }), source(
                row(2, actual("1.1", "Women in delegations", MeasurementKind.ACTUAL, Sex.FEMALE, "12", "2025-06-30")),
                row(3, actual("1.1", "women in delegations", null, null, "20", "2025-06-30")),
                row(4, actual("1.1", "Women in delegations", MeasurementKind.TARGET, null, "40", "2025-12-31")),
                row(5, actual("1.1", "Women in delegations", null, null, "20", "2025-06-30")),
                row(6, actual("1.2", "Women in delegations", null, null, "20", "2025-06-30")),
                row(7, actual("1.1", "Men in delegations", null, null, "20", "2025-06-30")),
                row(8, actual("1.1", "Women in delegations", null, null, "20", "2026-06-30"))), true);
        var report = tally.report(false);

        assertThat(report.rowsValid()).isEqualTo(2);
        assertThat(report.rowsSkipped()).as("the target, and the actual row 3 brought already").isEqualTo(2);
        assertThat(report.errors()).extracting(RowError::row, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6L, "path"), org.assertj.core.groups.Tuple.tuple(7L, "indicator"),
                org.assertj.core.groups.Tuple.tuple(8L, ""));
        var period = roadmap.goals().get(0).children().get(0).indicators().get(0).periods().get(0);
        assertThat(period.latestActual(Sex.FEMALE).flatMap(m -> m.value())).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12"));
    }

    @Test
    void ten_thousand_participants_are_checked_and_enrolled_in_memory_quickly() {
        var delegation = TestData.delegation();
        var rows = LongStream.rangeClosed(2, 10_001).mapToObj(n -> ParsedRow.of(n,
                participant("Given" + n, "Family" + n, "p" + n + "@example.org", null))).toList();
        long start = System.nanoTime();
        var report = ImportService.run(new ParticipantImport(delegation, () -> { }), sourceOf(rows), true).report(true);
        System.out.printf("ImportServiceTest: 10,000 participants checked and enrolled in %.2f s%n", (System.nanoTime() - start) / 1e9);

        assertThat(report.rowsValid()).isEqualTo(10_000);
        assertThat(delegation.participants()).hasSize(10_000);
    }

    private static Roadmap roadmapWithIndicator() {
        var roadmap = TestData.roadmap();
        var goal = roadmap.addGoal("Women shape security policy", Pillar.PARTICIPATION, TestData.years(2025, 2027));
        var outcome = goal.addChild(ResultLevel.OUTCOME, "More women negotiate", year(2025));
        var indicator = outcome.addIndicator("Women in delegations", IndicatorUnit.NUMBER, true, BigDecimal.ZERO, LocalDate.of(2025, 1, 1));
        indicator.disaggregateBySex();
        indicator.addPeriod(year(2025)).planTarget(new BigDecimal("40"), null, null);
        return roadmap;
    }

    private static ImportedParticipant participant(String given, String family, String email, ParticipantRole role) {
        return new ImportedParticipant(null, family, given, "Ministry of Women", null, Sex.FEMALE, role, email);
    }

    private static ImportedActual actual(String path, String indicator, MeasurementKind kind, Sex sex, String value, String asOf) {
        return new ImportedActual(path, indicator, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), kind, sex,
                new BigDecimal(value), LocalDate.parse(asOf), null);
    }

    private static <R> ParsedRow<R> row(long number, R value) { return ParsedRow.of(number, value); }

    @SafeVarargs
    private static <R> ImportSource<R> source(ParsedRow<R>... rows) { return sourceOf(List.of(rows)); }

    private static <R> ImportSource<R> sourceOf(List<ParsedRow<R>> rows) { return sink -> rows.forEach(sink::row); }

}
