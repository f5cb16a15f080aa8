package org.napacademy.interfaces.ui.imports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.napacademy.application.ImportFailed;
import org.napacademy.application.ImportPreviewRow;
import org.napacademy.application.ImportRefused;
import org.napacademy.application.ImportReport;
import org.napacademy.application.RowError;
import org.napacademy.interfaces.export.CsvWriter;
import org.napacademy.interfaces.export.ExportTexts;
import org.napacademy.interfaces.export.FileNames;
import org.napacademy.interfaces.export.XlsxWriter;
import org.napacademy.interfaces.imports.ImportFormat;
import org.napacademy.interfaces.imports.ImportLimits;
import org.napacademy.interfaces.imports.SheetSource;
import org.napacademy.interfaces.ui.common.Attempt;

/**
 * One dialog for every import: upload a CSV or XLSX file, see what the preview found (the errors by row and
 * column, or the rows to be created), then import them all at once. The uploaded file is kept in a temporary
 * file only while the dialog is open, and read again for the import, which checks every row once more.
 */
public class ImportDialog<R> extends Dialog {
    private static final int SHOWN_WHOLE = 10;
    private final ImportTarget<R> target;
    private final ImportLimits limits;
    private final Upload upload = new Upload();
    private final H4 fileName = new H4();
    private final Paragraph summary = new Paragraph();
    private final H4 listTitle = new H4();
    private final Span more = new Span();
    private final Grid<RowError> errorGrid = new Grid<>();
    private final Grid<ImportPreviewRow> rowGrid = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span running = new Span(getTranslation("import.running"));
    private final Button apply = new Button();
    private final Button close = new Button(getTranslation("action.cancel"), click -> close());
    private File file;
    private ImportFormat format;

    public ImportDialog(ImportTarget<R> target, ImportLimits limits) {
        this.target = target;
        this.limits = limits;
        setHeaderTitle(target.title());
        setModal(true);
        setCloseOnOutsideClick(false);
        setWidth("860px");
        setMaxWidth("96vw");
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) forgetFile();
        });

        var texts = ExportTexts.in(ExportTexts.LANGUAGES.contains(getLocale().getLanguage()) ? getLocale().getLanguage() : "en");
        var help = new Paragraph(getTranslation("import.help", limits.maxSize(), String.join(", ", target.kind().requiredHeaders(texts))));
        help.getStyle().set("margin-top", "0");
        configureUpload();
        configureGrids();
        progress.setIndeterminate(true);
        var progressRow = new HorizontalLayout(running, progress);
        progressRow.setWidthFull();
        progressRow.setAlignItems(FlexComponent.Alignment.CENTER);
        progressRow.expand(progress);
        progressRow.setVisible(false);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> startImport(progressRow));
        apply.setEnabled(false);
        apply.setText(getTranslation("import.apply", 0));
        summary.setVisible(false);
        fileName.setVisible(false);
        fileName.getStyle().set("margin", "0");
        summary.getStyle().set("margin", "0");
        listTitle.setVisible(false);
        more.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        var content = new VerticalLayout(help, templates(texts), upload, fileName, summary, listTitle, errorGrid, rowGrid, more, progressRow);
        content.setPadding(false);
        content.setSpacing(true);
        add(content);
        getFooter().add(close, apply);
    }

    /** The export's header row as CSV and XLSX, in the UI's language: what the file must start with. */
    private HorizontalLayout templates(ExportTexts texts) {
        var label = new Span(getTranslation("import.template"));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s)");
        var table = target.kind().template(texts);
        var csv = templateLink("import.template.csv", FileNames.of("csv", target.kind().name(), "template"), CsvWriter.MEDIA_TYPE,
                out -> CsvWriter.write(table, out));
        var xlsx = templateLink("import.template.xlsx", FileNames.of("xlsx", target.kind().name(), "template"), XlsxWriter.MEDIA_TYPE,
                out -> XlsxWriter.write(List.of(table), out));
        var row = new HorizontalLayout(icon, label, csv, xlsx);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private Anchor templateLink(String textKey, String fileName, String mediaType, TemplateWriter writer) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new ByteArrayOutputStream();
            writer.write(out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), fileName, mediaType, out.size());
        }), getTranslation(textKey));
        link.getElement().setAttribute("download", true);
        return link;
    }

    private void configureUpload() {
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", ImportFormat.XLSX.mediaType());
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, uploaded) -> received(metadata.fileName(), uploaded)));
        upload.addFileRejectedListener(rejected -> Attempt.error(getTranslation("import.rejected", rejected.getErrorMessage(), limits.maxSize())));
        upload.setWidthFull();
    }

    private void configureGrids() {
        errorGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        errorGrid.addColumn(RowError::row).setHeader(getTranslation("import.column.row")).setAutoWidth(true).setFlexGrow(0);
        errorGrid.addColumn(RowError::column).setHeader(getTranslation("import.column.column")).setAutoWidth(true).setFlexGrow(1);
        errorGrid.addColumn(RowError::message).setHeader(getTranslation("import.column.message")).setFlexGrow(4);
        errorGrid.setVisible(false);
        rowGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rowGrid.addColumn(ImportPreviewRow::row).setHeader(getTranslation("import.column.row")).setAutoWidth(true).setFlexGrow(0);
        rowGrid.addColumn(ImportPreviewRow::description).setHeader(getTranslation("import.column.description")).setFlexGrow(1);
        rowGrid.setAllRowsVisible(true);
        rowGrid.setVisible(false);
    }

    /**
     * A new upload replaces the previous one and is previewed at once; the upload's list is emptied so another
     * file (the corrected one) can follow, and the file's name heads the preview instead.
     */
    private void received(String fileName, File uploaded) {
        forgetFile();
        upload.clearFileList();
        this.fileName.setText(fileName);
        this.fileName.setVisible(true);
        file = uploaded;
        try {
            format = ImportFormat.ofFileName(fileName);
            show(target.preview().apply(source()));
        } catch (RuntimeException failure) {
            refused(failure);
        }
    }

    private SheetSource<R> source() {
        InputStream in;
        try {
            in = Files.newInputStream(file.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SheetSource<>(target.kind(), in, format, limits);
    }

    /** The counts, then the errors (and the import stays disabled) or the first rows to be created. */
    void show(ImportReport report) {
        summary.setText(getTranslation("import.summary", report.rowsRead(), report.rowsValid(), report.rowsSkipped(), report.errorCount()));
        summary.setVisible(true);
        var bad = report.hasErrors();
        listTitle.setText(getTranslation(bad ? "import.errors.title" : report.rowsValid() > 0 ? "import.rows.title" : "import.nothing"));
        listTitle.setVisible(true);
        errorGrid.setItems(report.errors());
        // a few errors show whole; many scroll inside the dialog
        errorGrid.setAllRowsVisible(report.errors().size() <= SHOWN_WHOLE);
        errorGrid.setHeight(report.errors().size() <= SHOWN_WHOLE ? null : "18rem");
        errorGrid.setVisible(bad);
        rowGrid.setItems(report.sample());
        rowGrid.setVisible(!bad && report.rowsValid() > 0);
        more.setText(bad ? report.errorCount() > report.errors().size()
                ? getTranslation("import.errors.more", report.errors().size(), report.errorCount()) : ""
                : report.rowsValid() > report.sample().size() ? getTranslation("import.rows.more", report.sample().size(), report.rowsValid()) : "");
        apply.setText(getTranslation("import.apply", report.rowsValid()));
        apply.setEnabled(!bad && report.rowsValid() > 0);
    }

    private void showNothing() {
        forgetFile();
        summary.setVisible(false);
        listTitle.setVisible(false);
        errorGrid.setVisible(false);
        rowGrid.setVisible(false);
        more.setText("");
        apply.setEnabled(false);
    }

    /** Shows the progress bar first and imports on the next round trip, so the user sees it while the rows are stored. */
    private void startImport(HorizontalLayout progressRow) {
        apply.setEnabled(false);
        close.setEnabled(false);
        upload.setVisible(false);
        progressRow.setVisible(true);
        getElement().executeJs("return 0").then(ignored -> {
            progressRow.setVisible(false);
            close.setEnabled(true);
            upload.setVisible(true);
            runImport();
        });
    }

    private void runImport() {
        try {
            var report = target.store().apply(source());
            var notice = Notification.show(getTranslation("import.done", report.rowsValid()), 4000, Notification.Position.BOTTOM_START);
            notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            target.imported().run();
        } catch (RuntimeException failure) {
            if (causeOf(failure, ImportFailed.class) instanceof ImportFailed failed) show(failed.report());
            else refused(failure);
        }
    }

    /** A refused file says why; broken rules and vanished objects go the way of every write. */
    private void refused(RuntimeException failure) {
        if (causeOf(failure, ImportRefused.class) instanceof ImportRefused refusal) {
            showNothing();
            summary.setText(getTranslation("import.refused", refusal.getMessage()));
            summary.getStyle().set("color", "var(--lumo-error-text-color)");
            summary.setVisible(true);
            Attempt.error(refusal.getMessage());
            return;
        }
        Attempt.write(() -> { throw failure; }, this::close);
    }

    private void forgetFile() {
        summary.getStyle().remove("color");
        if (file != null && !file.delete()) file.deleteOnExit();
        file = null;
    }

    private static Throwable causeOf(Throwable failure, Class<? extends Throwable> type) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause())
            if (type.isInstance(cause)) return cause;
        return null;
    }

    /** Writes a template into a stream. */
    @FunctionalInterface
    private interface TemplateWriter {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** The grid of a preview's errors (for tests). */
    Grid<RowError> errorGrid() { return errorGrid; }
}
