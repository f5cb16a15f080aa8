package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.library.FileType;
import org.napacademy.domain.model.library.LibraryFiles;
import org.napacademy.domain.model.library.ModuleResource;
import org.napacademy.domain.model.library.ResourceFile;
import org.napacademy.domain.model.library.ResourceKind;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * A module's library read through the migrated schema: filters by kind and language, retired resources
 * only on request, counts per module, and the bytes of an uploaded file kept apart.
 */
class ModuleResourceQueriesTest {
    private static MigratedDatabase database;
    private static long module;
    private static long otherModule;
    private static long programme;
    private static long upload;

    @BeforeAll
    static void a_library_of_four_resources_one_retired() {
        database = MigratedDatabase.withoutCache();
        database.inTransaction(em -> {
            var academy = TestData.programme();
            em.persist(academy);
            var theory = new Module(academy, "THEORY_OF_CHANGE", LocalizedText.english("Theory of change"), 210, 0);
            var budgeting = new Module(academy, "GENDER_BUDGETING", LocalizedText.english("Gender budgeting"), 180, 1);
            em.persist(theory);
            em.persist(budgeting);
            var at = Instant.parse("2025-07-03T12:00:00Z");
            em.persist(ModuleResource.link(theory, ResourceKind.LINK, LocalizedText.english("UN Women"), null, Set.of("en", "es"),
                    "https://www.unwomen.org/", "trainer", at));
            em.persist(ModuleResource.link(theory, ResourceKind.GUIDE, LocalizedText.english("Guide"), null, Set.of("fr"),
                    "https://wpsfocalpointsnetwork.org/", "trainer", at.plusSeconds(60)));
            var retired = ModuleResource.link(theory, ResourceKind.LINK, LocalizedText.english("Old link"), null, Set.of("es"),
                    "https://www.un.org/", "trainer", at.plusSeconds(120));
            retired.retire("trainer", at.plusSeconds(180));
            em.persist(retired);
            var pdf = LibraryFiles.pdf();
            var file = ModuleResource.file(budgeting, ResourceKind.TEMPLATE, LocalizedText.english("Costing"), null, Set.of("es"),
                    FileType.PDF, "costing.pdf", pdf.length, "trainer", at);
            em.persist(file);
            em.persist(new ResourceFile(file, pdf));
            em.flush();
            programme = academy.id();
            module = theory.id();
            otherModule = budgeting.id();
            upload = file.id();
            return null;
        });
    }

    @AfterAll
    static void disconnect() { database.close(); }

    @Test
    void a_module_lists_its_resources_in_use_newest_first_and_the_retired_ones_only_on_request() {
        assertThat(titles(null, null, false)).containsExactly("Guide", "UN Women");
        assertThat(titles(null, null, true)).containsExactly("Old link", "Guide", "UN Women");
        long all = query(repository -> repository.countOf(theory(repository), null, null, true));
        assertThat(all).isEqualTo(3L);
    }

    @Test
    void the_list_narrows_to_a_kind_and_to_a_language() {
        assertThat(titles(ResourceKind.LINK, null, false)).containsExactly("UN Women");
        assertThat(titles(null, "es", false)).containsExactly("UN Women");
        assertThat(titles(null, "es", true)).containsExactly("Old link", "UN Women");
        assertThat(titles(ResourceKind.GUIDE, "es", false)).isEmpty();
        long inFrench = query(repository -> repository.countOf(theory(repository), null, "fr", false));
        assertThat(inFrench).isEqualTo(1L);
    }

    @Test
    void counts_per_module_leave_the_retired_out() {
        Map<Long, Long> counts = query(repository -> repository.countsInUse(
                repository.em.find(org.napacademy.domain.model.programme.Programme.class, programme)));
        assertThat(counts).isEqualTo(Map.of(module, 2L, otherModule, 1L));
    }

    @Test
    void an_uploaded_file_comes_back_byte_for_byte_and_a_link_has_none() {
        byte[] content = query(repository -> repository.fileOf(repository.find(upload).orElseThrow()).orElseThrow().content());
        assertThat(content).isEqualTo(LibraryFiles.pdf());
        Optional<ResourceFile> ofLink = query(repository -> repository.fileOf(repository.ofModule(theory(repository), null, null, false, 0, 1).get(0)));
        assertThat(ofLink).isEmpty();
        List<String> languages = query(repository -> repository.find(upload).orElseThrow().languages());
        assertThat(languages).containsExactly("es");
    }

    private static Module theory(JpaModuleResourceRepository repository) { return repository.em.find(Module.class, module); }

    private static List<String> titles(ResourceKind kind, String language, boolean withRetired) {
        return query(repository -> repository.ofModule(theory(repository), kind, language, withRetired, 0, 10).stream()
                .map(resource -> resource.title().en()).toList());
    }

    private static <T> T query(Function<JpaModuleResourceRepository, T> work) {
        return database.inTransaction((EntityManager em) -> work.apply(new JpaModuleResourceRepository(em)));
    }
}
