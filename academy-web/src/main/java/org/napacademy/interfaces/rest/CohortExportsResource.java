package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.CountryService;
import org.napacademy.application.CurriculumService;
import org.napacademy.application.DocumentService;
import org.napacademy.application.OutcomeService;
import org.napacademy.interfaces.charts.OutcomeCharts;
import org.napacademy.interfaces.charts.Words;
import org.napacademy.interfaces.export.CohortPdf;
import org.napacademy.interfaces.export.CohortTables;
import org.napacademy.interfaces.export.CsvWriter;
import org.napacademy.interfaces.export.ExportTexts;
import org.napacademy.interfaces.export.OutcomeReport;
import org.napacademy.interfaces.export.FileNames;
import org.napacademy.interfaces.export.IcsWriter;
import org.napacademy.interfaces.export.XlsxWriter;
import org.napacademy.interfaces.ui.i18n.AcademyTranslations;

/**
 * Downloads of a cohort: its sessions as an iCalendar feed, its participants, sessions and attendance as
 * CSV or XLSX, and its outcome report as a PDF. The participant tables hold email addresses: only the cohort's
 * trainers get CSV and XLSX; the feed shows nobody's name and goes to everyone who may read the cohort; the
 * outcome report goes to those who may read the cohort's outcomes (trainers, its sponsors).
 */
@Path("cohorts/{id}/exports")
@Tag(name = "Exports")
public class CohortExportsResource {
    static final List<String> FORMATS = List.of("ics", "csv", "xlsx", "pdf");

    @Inject DocumentService documents;
    @Inject OutcomeService outcomes;
    @Inject CountryService countries;
    @Inject CurriculumService curriculum;
    @Inject Clock clock;

    @GET
    @Path("{format}")
    @Operation(summary = "The cohort as a file: ics (its sessions, RFC 5545), csv (one table: participants, sessions "
            + "or attendance), xlsx (the three tables as sheets) or pdf")
    @APIResponse(responseCode = "200", description = "The file, as an attachment")
    @APIResponse(responseCode = "400", description = "An unknown language or table")
    @APIResponse(responseCode = "404", description = "No such cohort, or a format not offered (the answer lists the formats)")
    public Response export(@PathParam("id") long id,
                           @Parameter(description = "ics, csv, xlsx or pdf") @PathParam("format") String format,
                           @Parameter(description = "en, es, pt or fr; default: the Accept-Language header, else en")
                           @QueryParam("lang") String lang,
                           @Parameter(description = "csv only: participants (default), sessions or attendance")
                           @QueryParam("table") String table,
                           @Context HttpHeaders headers) {
        if (!FORMATS.contains(format)) throw new UnknownExportFormat(format, FORMATS);
        var texts = Downloads.texts(lang, headers);
        // the participant and attendance tables are personal data; the feed and the PDF are not
        var document = "csv".equals(format) || "xlsx".equals(format) ? documents.cohort(id) : documents.cohortOverview(id);
        var cohort = document.cohort().name();
        return switch (format) {
            case "ics" -> Downloads.attachment(out -> IcsWriter.write(document, texts, out), IcsWriter.MEDIA_TYPE,
                    FileNames.of("ics", "cohort", cohort, "sessions"));
            case "csv" -> {
                var name = Downloads.table(table, CohortTables.NAMES);
                var rows = CohortTables.of(document, texts).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
                yield Downloads.attachment(out -> CsvWriter.write(rows, out), CsvWriter.MEDIA_TYPE,
                        FileNames.of("csv", "cohort", cohort, name));
            }
            case "xlsx" -> Downloads.attachment(out -> XlsxWriter.write(CohortTables.of(document, texts), out),
                    XlsxWriter.MEDIA_TYPE, FileNames.of("xlsx", "cohort", cohort));
            default -> {
                var report = outcomeReport(id, document.cohort().programme().id(), texts);
                yield Downloads.attachment(out -> CohortPdf.write(document, report, texts, LocalDate.now(clock), out),
                        CohortPdf.MEDIA_TYPE, FileNames.of("pdf", "cohort", cohort));
            }
        };
    }

    /** The dashboard's figures and charts for the report, in its language; only those who may read outcomes get them. */
    private OutcomeReport outcomeReport(long cohortId, long programmeId, ExportTexts texts) {
        var figures = outcomes.ofCohort(cohortId);
        var translations = new AcademyTranslations();
        Words words = (key, params) -> translations.getTranslation(key, texts.locale(), params);
        var charts = new OutcomeCharts(figures, countries.countryNames(texts.locale()), OutcomeCharts.moduleTitles(curriculum, programmeId, texts.locale()),
                words, texts.locale());
        return new OutcomeReport(figures, charts, words);
    }
}
