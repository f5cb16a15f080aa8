package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.DocumentService;
import org.napacademy.interfaces.export.CsvWriter;
import org.napacademy.interfaces.export.FileNames;
import org.napacademy.interfaces.export.IatiSettings;
import org.napacademy.interfaces.export.IatiWriter;
import org.napacademy.interfaces.export.RoadmapPdf;
import org.napacademy.interfaces.export.RoadmapTables;
import org.napacademy.interfaces.export.XlsxWriter;

/** Downloads of a roadmap: CSV and XLSX tables, a PDF, and its results as IATI 2.03 XML. */
@Path("roadmaps/{id}/exports")
@Tag(name = "Exports", description = "Roadmaps and cohorts as files: PDF, XLSX, CSV, IATI 2.03 XML, iCalendar")
public class RoadmapExportsResource {
    static final List<String> FORMATS = List.of("csv", "xlsx", "pdf", "iati");

    @Inject DocumentService documents;
    @Inject Clock clock;
    @Inject @ConfigProperty(name = "academy.iati.reporting-org-ref") Optional<String> reportingOrgRef;
    @Inject @ConfigProperty(name = "academy.iati.reporting-org-type") Optional<String> reportingOrgType;
    @Inject @ConfigProperty(name = "academy.iati.reporting-org-name") Optional<String> reportingOrgName;

    @GET
    @Path("{format}")
    @Operation(summary = "The roadmap as a file: csv (one table: nodes or measurements), xlsx (both tables as sheets), "
            + "pdf, or iati (IATI 2.03 activity XML of its results)")
    @APIResponse(responseCode = "200", description = "The file, as an attachment")
    @APIResponse(responseCode = "400", description = "An unknown language or table")
    @APIResponse(responseCode = "404", description = "No such roadmap, or a format not offered (the answer lists the formats)")
    public Response export(@PathParam("id") long id,
                           @Parameter(description = "csv, xlsx, pdf or iati") @PathParam("format") String format,
                           @Parameter(description = "en, es, pt or fr; default: the Accept-Language header, else en")
                           @QueryParam("lang") String lang,
                           @Parameter(description = "csv only: nodes (default) or measurements") @QueryParam("table") String table,
                           @Context HttpHeaders headers) {
        if (!FORMATS.contains(format)) throw new UnknownExportFormat(format, FORMATS);
        var texts = Downloads.texts(lang, headers);
        var document = documents.roadmap(id);
        var country = document.roadmap().delegation().map(d -> d.country().name().en()).orElse(document.cohort().name());
        return switch (format) {
            case "csv" -> {
                var name = Downloads.table(table, RoadmapTables.NAMES);
                var rows = RoadmapTables.of(document, texts).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
                yield Downloads.attachment(out -> CsvWriter.write(rows, out), CsvWriter.MEDIA_TYPE,
                        FileNames.of("csv", "roadmap", country, name));
            }
            case "xlsx" -> Downloads.attachment(out -> XlsxWriter.write(RoadmapTables.of(document, texts), out),
                    XlsxWriter.MEDIA_TYPE, FileNames.of("xlsx", "roadmap", country));
            case "pdf" -> Downloads.attachment(out -> RoadmapPdf.write(document, texts, LocalDate.now(clock), out),
                    RoadmapPdf.MEDIA_TYPE, FileNames.of("pdf", "roadmap", country));
            default -> {
                var reporter = IatiSettings.of(document.cohort().programme(), reportingOrgRef.orElse(null),
                        reportingOrgType.orElse(null), reportingOrgName.orElse(null));
                yield Downloads.attachment(out -> {
                    try {
                        IatiWriter.write(document, reporter, texts, clock.instant(), out);
                    } catch (XMLStreamException e) {
                        throw new IOException("The IATI XML could not be written", e);
                    }
                }, IatiWriter.MEDIA_TYPE, FileNames.of("xml", "roadmap", country, "iati"));
            }
        };
    }
}
