package org.napacademy.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.shared.LocalizedText;

class ModuleResourceTest {
    private static final Instant NOON = Instant.parse("2025-07-03T12:00:00Z");
    private final Module module = new Module(TestData.programme(), "GENDER_BUDGETING", LocalizedText.english("Gender budgeting"), 180, 1);

    private ModuleResource link(String url) {
        return ModuleResource.link(module, ResourceKind.LINK, LocalizedText.english("UN Women"), null, Set.of("en", "es"), url, "trainer", NOON);
    }

    private ModuleResource pdf(String fileName) {
        return ModuleResource.file(module, ResourceKind.TEMPLATE, LocalizedText.english("Costing template"), null, Set.of("es"),
                FileType.PDF, fileName, LibraryFiles.pdf().length, "trainer", NOON);
    }

    @Test
    void a_link_keeps_its_http_or_https_address_and_its_languages_in_the_platform_order() {
        var resource = link(" https://www.unwomen.org/ ");
        assertThat(resource.url()).contains("https://www.unwomen.org/");
        assertThat(resource.isFile()).isFalse();
        assertThat(resource.languages()).containsExactly("en", "es");
        assertThat(resource.isAvailableIn("es")).isTrue();
        assertThat(resource.isAvailableIn("fr")).isFalse();
        assertThat(link("http://wpsfocalpointsnetwork.org/").url()).contains("http://wpsfocalpointsnetwork.org/");
    }

    @Test
    void an_address_that_is_not_an_absolute_web_address_is_refused() {
        for (var bad : new String[] {"ftp://example.org/file", "javascript:alert(1)", "/relative/path", "https://", "not an address", " "})
            assertThatThrownBy(() -> link(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> link("https://example.org/" + "a".repeat(ModuleResource.MAX_URL_LENGTH)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_resource_is_available_in_at_least_one_of_the_four_languages() {
        assertThatThrownBy(() -> ModuleResource.link(module, ResourceKind.GUIDE, LocalizedText.english("Guide"), null, Set.of(),
                "https://www.unwomen.org/", "trainer", NOON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModuleResource.link(module, ResourceKind.GUIDE, LocalizedText.english("Guide"), null, Set.of("de"),
                "https://www.unwomen.org/", "trainer", NOON)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_uploaded_file_is_saved_under_a_clean_name_ending_as_its_type_does() {
        assertThat(pdf("C:\\Users\\ana\\Plantilla de costeo.pdf").fileName()).contains("Plantilla de costeo.pdf");
        assertThat(pdf("../../etc/passwd").fileName()).contains("passwd.pdf");
        assertThat(pdf("report.exe").fileName()).contains("report.pdf");
        assertThat(pdf("\"quoted\";\r\nname.PDF").fileName()).contains("quotedname.pdf");
        assertThat(pdf("").fileName()).contains("resource.pdf");
        assertThat(pdf("x".repeat(300) + ".pdf").fileName().orElseThrow()).hasSize(ModuleResource.MAX_FILE_NAME_LENGTH).endsWith(".pdf");
        var resource = pdf("template.pdf");
        assertThat(resource.isFile()).isTrue();
        assertThat(resource.url()).isEmpty();
        assertThat(resource.fileType()).contains(FileType.PDF);
    }

    @Test
    void a_file_cannot_be_of_kind_link_nor_take_an_address() {
        assertThatThrownBy(() -> ModuleResource.file(module, ResourceKind.LINK, LocalizedText.english("Template"), null, Set.of("en"),
                FileType.PDF, "t.pdf", 10, "trainer", NOON)).isInstanceOf(LibraryRuleViolation.class);
        var resource = pdf("template.pdf");
        assertThatThrownBy(() -> resource.change(ResourceKind.TEMPLATE, LocalizedText.english("T"), null, Set.of("en"), "https://www.unwomen.org/"))
                .isInstanceOf(LibraryRuleViolation.class);
        assertThatThrownBy(() -> resource.change(ResourceKind.LINK, LocalizedText.english("T"), null, Set.of("en"), null))
                .isInstanceOf(LibraryRuleViolation.class);
        resource.change(ResourceKind.WORKED_EXAMPLE, new LocalizedText("Costing", "Costeo", null, null), null, Set.of("en", "fr"), null);
        assertThat(resource.kind()).isEqualTo(ResourceKind.WORKED_EXAMPLE);
        assertThat(resource.languages()).containsExactly("en", "fr");
    }

    @Test
    void a_link_moves_to_a_new_address_but_never_to_a_bad_one_and_a_refused_change_changes_nothing() {
        var resource = link("https://www.unwomen.org/");
        resource.change(ResourceKind.GUIDE, LocalizedText.english("UN Women guide"), null, Set.of("fr"), "https://wps.unwomen.org/");
        assertThat(resource.url()).contains("https://wps.unwomen.org/");
        assertThatThrownBy(() -> resource.change(ResourceKind.LINK, LocalizedText.english("Changed"), null, Set.of("en"), "file:///etc"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(resource.title().en()).isEqualTo("UN Women guide");
        assertThat(resource.languages()).containsExactly("fr");
    }

    @Test
    void a_retired_resource_remembers_who_retired_it_until_it_is_restored() {
        var resource = link("https://www.unwomen.org/");
        resource.retire("trainer", NOON);
        assertThat(resource.isRetired()).isTrue();
        assertThat(resource.retiredBy()).contains("trainer");
        assertThatThrownBy(() -> resource.retire("admin", NOON)).isInstanceOf(LibraryRuleViolation.class);
        resource.restore();
        assertThat(resource.isRetired()).isFalse();
        assertThat(resource.retiredAt()).isEmpty();
        assertThatThrownBy(resource::restore).isInstanceOf(LibraryRuleViolation.class);
    }

    @Test
    void a_file_holds_exactly_the_bytes_its_resource_describes() {
        var resource = pdf("template.pdf");
        assertThat(new ResourceFile(resource, LibraryFiles.pdf()).content()).isEqualTo(LibraryFiles.pdf());
        assertThatThrownBy(() -> new ResourceFile(resource, LibraryFiles.zip("[Content_Types].xml", "word/document.xml")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResourceFile(link("https://www.unwomen.org/"), LibraryFiles.pdf()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
