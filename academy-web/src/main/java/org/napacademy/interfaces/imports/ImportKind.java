package org.napacademy.interfaces.imports;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.napacademy.application.ImportedActual;
import org.napacademy.application.ImportedParticipant;
import org.napacademy.domain.model.delegation.ParticipantRole;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.MeasurementKind;
import org.napacademy.interfaces.export.ExportTexts;
import org.napacademy.interfaces.export.Table;

/**
 * What a file of each kind holds: the columns of the matching export table in its order (so an export, edited,
 * imports again), which of them the import needs, and how a row becomes a command.
 */
public final class ImportKind<R> {

    /** The columns of the participants' export (CohortTables.participants). */
    public static final ImportKind<ImportedParticipant> PARTICIPANTS = new ImportKind<>("participants", "table.participants",
            List.of(ImportColumn.optional("delegation"), ImportColumn.required("familyName"), ImportColumn.required("givenName"),
                    ImportColumn.required("affiliation"), ImportColumn.optional("position"), ImportColumn.required("sex"),
                    ImportColumn.optional("role"), ImportColumn.optional("email")),
            cells -> new ImportedParticipant(cells.text("delegation", false), cells.text("familyName", true),
                    cells.text("givenName", true), cells.text("affiliation", true), cells.text("position", false),
                    cells.choice("sex", Sex.class, true),
                    cells.choice("role", ParticipantRole.class, false), cells.text("email", false)));

    /** The columns of the roadmap's measurements export (RoadmapTables.measurements); the computed ones are ignored. */
    public static final ImportKind<ImportedActual> ACTUALS = new ImportKind<>("actuals", "table.measurements",
            List.of(ImportColumn.required("path"), ImportColumn.optional("node"), ImportColumn.required("indicator"),
                    ImportColumn.optional("unit"), ImportColumn.optional("reference"), ImportColumn.optional("baseline"),
                    ImportColumn.optional("baselineDate"), ImportColumn.required("periodStart"), ImportColumn.required("periodEnd"),
                    ImportColumn.optional("kind"), ImportColumn.optional("sex"), ImportColumn.required("value"),
                    ImportColumn.required("asOf"), ImportColumn.optional("comment"), ImportColumn.optional("achievementPercent")),
            ImportKind::actual);

    private final String name;
    private final String titleKey;
    private final List<ImportColumn> columns;
    private final Function<RowCells, R> reader;

    private ImportKind(String name, String titleKey, List<ImportColumn> columns, Function<RowCells, R> reader) {
        this.name = name;
        this.titleKey = titleKey;
        this.columns = columns;
        this.reader = reader;
    }

    public String name() { return name; }

    List<ImportColumn> columns() { return columns; }

    /** The row's command, or null with the errors in {@code cells}. */
    R read(RowCells cells) {
        var value = reader.apply(cells);
        return cells.hasErrors() ? null : value;
    }

    /** The header row alone, in the language of {@code texts}: the template users fill in. */
    public Table template(ExportTexts texts) {
        return new Table(name, texts.text(titleKey), columns.stream().map(c -> texts.text("column." + c.key())).toList());
    }

    /** Required columns in the export's words, for help texts. */
    public List<String> requiredHeaders(ExportTexts texts) {
        return columns.stream().filter(ImportColumn::required).map(c -> texts.text("column." + c.key())).toList();
    }

    static List<String> allColumnKeys() {
        return Stream.of(PARTICIPANTS, ACTUALS).flatMap(k -> k.columns.stream()).map(ImportColumn::key).distinct().toList();
    }

    /** The sex column says Total (in any language) or nothing for the total; a value may be empty only with a comment. */
    private static ImportedActual actual(RowCells cells) {
        var sexText = cells.text("sex", false);
        var sex = sexText == null || ImportVocabulary.isTotal(sexText) ? null
                : cells.choice("sex", Sex.class, false);
        var comment = cells.text("comment", false);
        var value = cells.number("value", comment == null);
        return new ImportedActual(cells.text("path", true), cells.text("indicator", true), cells.date("periodStart", true),
                cells.date("periodEnd", true), cells.choice("kind", MeasurementKind.class, false),
                sex, value, cells.date("asOf", true), comment);
    }
}
