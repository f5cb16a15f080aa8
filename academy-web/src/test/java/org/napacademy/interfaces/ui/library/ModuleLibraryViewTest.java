package org.napacademy.interfaces.ui.library;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.interfaces.ui.ViewTestSupport.withId;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.Listing;
import org.napacademy.application.ResourceDraft;
import org.napacademy.application.ResourceLibraryService;
import org.napacademy.application.StaleVersion;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.library.FileType;
import org.napacademy.domain.model.library.ModuleResource;
import org.napacademy.domain.model.library.ResourceKind;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.interfaces.ui.TestAcademy;
import org.napacademy.interfaces.ui.ViewTestSupport;

class ModuleLibraryViewTest {
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();
    private final TestAcademy academy = new TestAcademy();
    private final Module module = withId(new Module(academy.programme, "GENDER_BUDGETING",
            new LocalizedText("Gender budgeting", "Presupuestos con enfoque de género", null, null), 180, 1), 5);
    private final ModuleResource link = withId(ModuleResource.link(module, ResourceKind.LINK,
            new LocalizedText("UN Women", "ONU Mujeres", null, null), null, Set.of("en", "es"), "https://www.unwomen.org/",
            "trainer", Instant.parse("2025-07-03T12:00:00Z")), 50);
    private final List<Object> calls = new ArrayList<>();
    private boolean stale;

    @AfterEach
    void stopVaadin() { ViewTestSupport.tearDown(); }

    @Test
    void the_library_lists_titles_in_the_users_language_with_their_language_badges() {
        start(true, new Locale("es"));
        var grid = _get(ModuleLibraryView.class).grid;
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getCellComponent(grid, 0, "title").getElement().getTextRecursively()).isEqualTo("ONU Mujeres");
        assertThat(GridKt._getCellComponent(grid, 0, "kind").getElement().getTextRecursively()).isEqualTo("Enlace");
        assertThat(GridKt._getCellComponent(grid, 0, "languages").getElement().getTextRecursively()).isEqualTo("ENES");
        assertThat(GridKt._getCellComponent(grid, 0, "open").getElement().getAttribute("href")).isEqualTo("https://www.unwomen.org/");
    }

    @Test
    void the_form_shows_what_is_missing_next_to_the_fields_and_calls_nothing() {
        start(true, Locale.ENGLISH);
        _click(_get(Button.class, spec -> spec.withText("Add a link")));
        var form = _get(ResourceForm.class);
        _setValue(form.url, "ftp://files.example.org/template.docx");
        _click(form.saveButton());

        assertThat(form.titleEn.isInvalid()).isTrue();
        assertThat(form.languages.isInvalid()).isTrue();
        assertThat(form.url.isInvalid()).isTrue();
        assertThat(form.url.getErrorMessage()).isEqualTo("Enter an http or https address, e.g. https://www.unwomen.org/");
        assertThat(calls).isEmpty();
    }

    @Test
    void a_trainer_adds_a_link_in_spanish_through_the_form() {
        start(true, Locale.ENGLISH);
        _click(_get(Button.class, spec -> spec.withText("Add a link")));
        var form = _get(ResourceForm.class);
        _setValue(form.kind, ResourceKind.GUIDE);
        _setValue(form.titleEn, "Gender budgeting guide");
        _setValue(form.titleEs, "Guía de presupuestos con enfoque de género");
        _setValue(form.languages, Set.of("es"));
        _setValue(form.url, "https://www.unwomen.org/es");
        _click(form.saveButton());

        assertThat(calls).singleElement().isEqualTo(new ResourceDraft(ResourceKind.GUIDE,
                new LocalizedText("Gender budgeting guide", "Guía de presupuestos con enfoque de género", null, null), null,
                Set.of("es"), "https://www.unwomen.org/es"));
        assertThat(_find(ResourceForm.class)).isEmpty();
    }

    @Test
    void an_upload_needs_a_file_and_saves_the_bytes_received() {
        start(true, Locale.ENGLISH);
        _click(_get(Button.class, spec -> spec.withText("Upload a file")));
        var form = _get(ResourceForm.class);
        assertThat(form.url.isVisible()).isFalse();
        _setValue(form.languages, Set.of("en"));
        _click(form.saveButton());
        assertThat(form.fileStatus.getText()).isEqualTo("Choose the file to upload");
        assertThat(calls).isEmpty();

        form.receive("Costing_template.pdf", PDF);
        assertThat(form.titleEn.getValue()).isEqualTo("Costing template");
        _click(form.saveButton());
        assertThat(calls).containsExactly("Costing_template.pdf", PDF.length);
    }

    @Test
    void a_stale_edit_shows_the_notice_and_keeps_the_library() {
        start(true, Locale.ENGLISH);
        stale = true;
        _click(action("Edit"));
        var form = _get(ResourceForm.class);
        _setValue(form.titleEn, "UN Women, renamed");
        _click(form.saveButton());
        NotificationsKt.expectNotifications("Someone else saved this first; it has been reloaded. Please apply your change again.");
        assertThat(GridKt._size(_get(ModuleLibraryView.class).grid)).isEqualTo(1);
    }

    @Test
    void retiring_asks_first() {
        start(true, Locale.ENGLISH);
        _click(action("Retire"));
        var confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        assertThat(calls).isEmpty();
    }

    @Test
    void a_delegate_reads_the_library_without_the_buttons_that_change_it() {
        start(false, Locale.ENGLISH);
        assertThat(_find(Button.class, spec -> spec.withText("Add a link"))).isEmpty();
        assertThat(_get(ModuleLibraryView.class).grid.getColumnByKey("actions")).isNull();
        assertThat(_get(ModuleLibraryView.class).retired.isVisible()).isFalse();
    }

    /** A button of the first row's actions. */
    private static Button action(String text) {
        return (Button) GridKt._getCellComponent(_get(ModuleLibraryView.class).grid, 0, "actions").getChildren()
                .filter(button -> text.equals(((Button) button).getText())).findFirst().orElseThrow();
    }

    private void start(boolean manages, Locale locale) {
        Map<Class<?>, Supplier<?>> views = Map.of(ModuleLibraryView.class, () -> new ModuleLibraryView(library(manages)));
        ViewTestSupport.setUp(locale, views);
        UI.getCurrent().navigate("modules/5");
    }

    /** Answers with the one link in memory and records the writes a view asks for. */
    private ResourceLibraryService library(boolean manages) {
        return new ResourceLibraryService() {
            @Override public Module module(long moduleId) { return module; }

            @Override public Listing<ModuleResource> resources(long moduleId, ResourceKind kind, String language, boolean withRetired,
                                                               int offset, int limit) {
                return new Listing<>(offset == 0 ? List.of(link) : List.of(), 1);
            }

            @Override public long countResources(long moduleId, ResourceKind kind, String language, boolean withRetired) { return 1; }

            @Override public ModuleResource resource(long id) { return link; }

            @Override public ModuleResource addLink(long moduleId, ResourceDraft draft) {
                calls.add(draft);
                return link;
            }

            @Override public ModuleResource addFile(long moduleId, ResourceDraft draft, String fileName, InputStream content) {
                try {
                    calls.add(fileName);
                    calls.add(content.readAllBytes().length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return ModuleResource.file(module, draft.kind(), draft.title(), null, draft.languages(), FileType.PDF, fileName,
                        PDF.length, "trainer", Instant.now());
            }

            @Override public ModuleResource update(long id, long expectedVersion, ResourceDraft draft) {
                if (stale) throw new StaleVersion("resource", id, expectedVersion, expectedVersion + 1);
                calls.add(draft);
                return link;
            }

            @Override public boolean mayManage() { return manages; }

            @Override public long maxFileBytes() { return 10 * 1024 * 1024; }
        };
    }
}
