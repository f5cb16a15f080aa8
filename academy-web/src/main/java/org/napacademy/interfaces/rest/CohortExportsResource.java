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
import org.napacademy.application.DocumentService;
import org.napacademy.interfaces.export.CohortPdf;
import org.napacademy.interfaces.export.CohortTables;
import org.napacademy.interfaces.export.CsvWriter;
import org.napacademy.interfaces.export.FileNames;
import org.napacademy.interfaces.export.IcsWriter;
import org.napacademy.interfaces.export.XlsxWriter;

/**
 * Downloads of a cohort: its sessions as an iCalendar feed, its participants, sessions and attendance as
 * CSV or XLSX, and a PDF. The participant tables hold email addresses: only the cohort's trainers get CSV and
 * XLSX; the feed and the PDF show nobody's name and go to everyone who may read the cohort.
 */
@Path("cohorts/{id}/exports")
@Tag(name = "Exports")
public class CohortExportsResource {
    static final List<String> FORMATS = List.of("ics", "csv", "xlsx", "pdf");

    @Inject DocumentService documents;
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
            default -> Downloads.attachment(out -> CohortPdf.write(document, texts, LocalDate.now(clock), out),
                    CohortPdf.MEDIA_TYPE, FileNames.of("pdf", "cohort", cohort));
        };
    }
}
