package org.napacademy.interfaces.ui.admin;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.napacademy.application.ImportedProgramme;
import org.napacademy.application.ProgrammeService;
import org.napacademy.application.ProgrammeTransferService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.Attempt;

/**
 * Moving a programme between servers: download a programme's full export here, upload it on the other
 * server. The import is all or nothing; its outcome (counts per kind, or why it was refused) shows below.
 */
@Dependent
@Route(value = "admin/transfer", layout = MainLayout.class)
public class TransferView extends VerticalLayout implements HasDynamicTitle {
    /** An academy runs a handful of programmes: the first hundred are offered. */
    private static final int PROGRAMMES_OFFERED = 100;
    /** The demo academy's document is about 100 kB; this leaves room for a programme a thousand times its size. */
    static final int MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

    private final ProgrammeTransferService transfer;
    final ComboBox<Programme> programme = new ComboBox<>(getTranslation("transfer.export.programme"));
    final Anchor download = new Anchor();
    final Upload upload;
    final VerticalLayout outcome = new VerticalLayout();

    @Inject
    public TransferView(ProgrammeTransferService transfer, ProgrammeService programmes, AccessPolicy access) {
        access.requireAdministrator();
        this.transfer = transfer;
        setMaxWidth("60em");

        programme.setItems(programmes.page(0, PROGRAMMES_OFFERED));
        programme.setItemLabelGenerator(Programme::name);
        programme.setWidth("28em");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Text(" " + getTranslation("transfer.export.download")));
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("router-ignore", true);
        download.setEnabled(false);
        programme.addValueChangeListener(change -> {
            download.setEnabled(change.getValue() != null);
            download.setHref(change.getValue() == null ? "" : "api/v1/programmes/" + change.getValue().id() + "/export");
        });
        var exportRow = new HorizontalLayout(programme, download);
        exportRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> importFrom(file)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_DOCUMENT_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setDropLabel(new Span(getTranslation("transfer.import.drop")));
        upload.addFileRejectedListener(rejected -> Attempt.error(getTranslation("transfer.import.rejected", MAX_DOCUMENT_BYTES / (1024 * 1024))));
        outcome.setPadding(false);

        add(new H1(getTranslation("transfer.title")), new Paragraph(getTranslation("transfer.subtitle")),
                new H2(getTranslation("transfer.export.title")), new Paragraph(getTranslation("transfer.export.help")), exportRow,
                new H2(getTranslation("transfer.import.title")), new Paragraph(getTranslation("transfer.import.help")), upload, outcome);
    }

    void importFrom(File document) {
        outcome.removeAll();
        var imported = new ImportedProgramme[1];
        try (var in = new FileInputStream(document)) {
            if (Attempt.write(() -> imported[0] = transfer.importDocument(in), () -> { })) show(imported[0]);
            else outcome.add(new Paragraph(getTranslation("transfer.import.failed")));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } finally {
            upload.clearFileList();
            deleteQuietly(document);
        }
    }

    private void show(ImportedProgramme imported) {
        Attempt.saved();
        var counts = new UnorderedList();
        imported.counts().forEach((kind, count) -> counts.add(new ListItem(count + " · " + kind)));
        outcome.add(new Paragraph(getTranslation("transfer.import.done", imported.programmeName())), counts,
                new Paragraph(getTranslation("transfer.import.users")));
    }

    private static void deleteQuietly(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException ignored) {
            file.deleteOnExit();     // the temporary directory is cleaned anyway
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.title") + " · " + getTranslation("app.title");
    }
}
