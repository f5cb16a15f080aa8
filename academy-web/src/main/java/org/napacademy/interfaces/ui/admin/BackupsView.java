package org.napacademy.interfaces.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.napacademy.application.BackupFile;
import org.napacademy.application.BackupService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.Attempt;

/** Online backups of the database: take one now, download the ones in the backup directory. */
@Dependent
@Route(value = "admin/backups", layout = MainLayout.class)
public class BackupsView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final BackupService backups;
    final Button backUp = new Button(getTranslation("backups.take"), VaadinIcon.DATABASE.create());
    final Grid<BackupFile> list = new Grid<>();

    @Inject
    public BackupsView(BackupService backups, AccessPolicy access) {
        access.requireAdministrator();
        this.backups = backups;
        setMaxWidth("60em");

        backUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUp.addClickListener(click -> Attempt.write(backups::backUp, this::reload));
        list.addColumn(BackupFile::name).setHeader(getTranslation("backups.name")).setAutoWidth(true);
        list.addColumn(file -> WRITTEN.format(file.createdAt())).setHeader(getTranslation("backups.written")).setAutoWidth(true);
        list.addColumn(file -> "%,d kB".formatted((file.size() + 1023) / 1024)).setHeader(getTranslation("backups.size")).setAutoWidth(true);
        list.addComponentColumn(this::download).setHeader(getTranslation("backups.download")).setAutoWidth(true);
        list.setAllRowsVisible(true);

        add(new H1(getTranslation("backups.title")), new Paragraph(getTranslation("backups.help")), backUp, list,
                new Paragraph(getTranslation("backups.restore")));
        reload();
    }

    private Anchor download(BackupFile file) {
        var link = new Anchor("api/v1/admin/backups/" + file.name(), VaadinIcon.DOWNLOAD_ALT.create());
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("aria-label", getTranslation("backups.download") + " " + file.name());
        return link;
    }

    private void reload() {
        list.setItems(backups.backups());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.title") + " · " + getTranslation("app.title");
    }
}
