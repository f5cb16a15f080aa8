package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.napacademy.application.ImportReport;
import org.napacademy.application.ImportSource;

/** What both import endpoints answer: the preview's report (200), or the stored import's counts (201). */
final class ImportAnswers {
    private ImportAnswers() { }

    static <R> Response answer(boolean dryRun, ImportSource<R> source, Function<ImportSource<R>, ImportReport> preview,
                               Function<ImportSource<R>, ImportReport> store) {
        if (dryRun) return Response.ok(ImportReportView.of(preview.apply(source))).build();
        return Response.status(Response.Status.CREATED).entity(ImportReportView.of(store.apply(source))).build();
    }
}
