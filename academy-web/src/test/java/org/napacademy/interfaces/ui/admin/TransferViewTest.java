package org.napacademy.interfaces.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.ImportedProgramme;
import org.napacademy.application.ProgrammeImportRefused;
import org.napacademy.application.ProgrammeTransfer;
import org.napacademy.application.ProgrammeTransferService;
import org.napacademy.application.RoadmapService;
import org.napacademy.application.UserService;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ProgrammeRepository;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.TestAcademy;
import org.napacademy.interfaces.ui.ViewTestSupport;

class TransferViewTest {
    private final TestAcademy academy = new TestAcademy();
    private final List<String> imported = new ArrayList<>();
    private RuntimeException refusal;

    @AfterEach
    void stopVaadin() {
        ViewTestSupport.tearDown();
    }

    @Test
    void an_administrator_picks_a_programme_and_gets_its_export_link() {
        start();
        UI.getCurrent().navigate("admin/transfer");
        var view = _get(TransferView.class);
        assertThat(view.download.isEnabled()).isFalse();
        _setValue(view.programme, academy.programme);
        assertThat(view.download.isEnabled()).isTrue();
        assertThat(view.download.getHref()).isEqualTo("api/v1/programmes/1/export");
        assertThat(view.download.getElement().getAttribute("router-ignore")).isNotNull();
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Users", "Programme transfer");
    }

    @Test
    void an_uploaded_document_is_imported_and_the_counts_are_shown() throws IOException {
        start();
        UI.getCurrent().navigate("admin/transfer");
        _get(TransferView.class).importFrom(document("{\"format\":\"napacademy-programme\"}"));
        assertThat(imported).containsExactly("{\"format\":\"napacademy-programme\"}");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly("1 · programmes", "2 · cohorts");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(text -> text.contains("Moved academy"));
    }

    @Test
    void a_refused_document_shows_why_and_that_nothing_was_imported() throws IOException {
        refusal = new ProgrammeImportRefused("This server reads programme documents of version 1, not 2");
        start();
        UI.getCurrent().navigate("admin/transfer");
        _get(TransferView.class).importFrom(document("{}"));
        assertThat(_find(ListItem.class)).isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Nothing was imported.");
    }

    private void start() {
        Map<Class<?>, Supplier<?>> views = Map.of(
                TransferView.class, () -> new TransferView(transfer(), academy.programmes(), new AccessPolicy(() -> Actor.SYSTEM)),
                MainLayout.class, () -> new MainLayout(new AccessPolicy(() -> Actor.SYSTEM), new RoadmapService(), new UserService()));
        ViewTestSupport.setUp(Locale.ENGLISH, views);
    }

    private ProgrammeTransferService transfer() {
        ProgrammeRepository none = null;
        return new ProgrammeTransferService(none, new ProgrammeTransfer() {
            @Override public void write(Programme programme, OutputStream out) { }

            @Override public ImportedProgramme read(InputStream in) {
                if (refusal != null) throw refusal;
                try {
                    imported.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                var counts = new LinkedHashMap<String, Integer>();
                counts.put("programmes", 1);
                counts.put("cohorts", 2);
                return new ImportedProgramme(5, "Moved academy", counts);
            }
        }, new AccessPolicy(() -> Actor.SYSTEM));
    }

    private static File document(String json) throws IOException {
        var file = Files.createTempFile("programme", ".json");
        Files.writeString(file, json);
        return file.toFile();
    }
}
