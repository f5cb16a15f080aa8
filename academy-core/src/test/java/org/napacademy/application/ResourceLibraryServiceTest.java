package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.napacademy.application.security.AccessDenied;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.curriculum.ModuleRepository;
import org.napacademy.domain.model.library.FileTooLarge;
import org.napacademy.domain.model.library.FileType;
import org.napacademy.domain.model.library.LibraryFiles;
import org.napacademy.domain.model.library.ModuleResourceRepository;
import org.napacademy.domain.model.library.ResourceFile;
import org.napacademy.domain.model.library.ResourceKind;
import org.napacademy.domain.model.library.UnsupportedFileType;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.user.Role;

/** Uploads are bounded and sniffed before anything is stored; only staff add. */
class ResourceLibraryServiceTest {
    private static final Actor TRAINER = new Actor(2L, "trainer", Set.of(Role.TRAINER), null, Set.of());
    private static final Actor DELEGATE = new Actor(3L, "delegate.ec", Set.of(Role.DELEGATE), 40L, Set.of());
    private final Module module = TestData.withId(
            new Module(TestData.withId(TestData.programme(), 1L), "THEORY_OF_CHANGE", LocalizedText.english("Theory of change"), 210, 0), 10L);
    private final List<Object> stored = new ArrayList<>();

    private ResourceLibraryService service(Actor actor, long maxFileBytes) {
        var service = new ResourceLibraryService();
        service.access = new AccessPolicy(() -> actor, id -> Optional.empty());
        service.modules = Fakes.of(ModuleRepository.class, Map.of("find", args -> Optional.of(module)));
        Map<String, Function<Object[], Object>> writes = new HashMap<>();
        writes.put("add", args -> stored.add(args[0]));
        writes.put("addFile", args -> stored.add(args[0]));
        writes.put("flush", args -> null);
        service.resources = Fakes.of(ModuleResourceRepository.class, writes);
        service.clock = Clock.fixed(Instant.parse("2025-07-03T12:00:00Z"), ZoneOffset.UTC);
        service.maxFileBytes = maxFileBytes;
        return service;
    }

    private static ResourceDraft template() {
        return new ResourceDraft(ResourceKind.TEMPLATE, LocalizedText.english("Costing template"), null, Set.of("en", "es"), null);
    }

    @Test
    void a_file_at_the_size_limit_is_kept_with_its_sniffed_type_whatever_name_it_came_with() {
        var pdf = LibraryFiles.pdf();
        var resource = service(TRAINER, pdf.length).addFile(10L, template(), "costing.docx", new ByteArrayInputStream(pdf));
        assertThat(resource.fileType()).contains(FileType.PDF);
        assertThat(resource.fileName()).contains("costing.pdf");
        assertThat(resource.addedBy()).isEqualTo("trainer");
        assertThat(stored).hasSize(2);
        assertThat(((ResourceFile) stored.get(1)).content()).isEqualTo(pdf);
    }

    @Test
    void a_file_one_byte_over_the_limit_is_refused_and_nothing_is_stored() {
        var pdf = LibraryFiles.pdf();
        var service = service(TRAINER, pdf.length - 1L);
        assertThatThrownBy(() -> service.addFile(10L, template(), "costing.pdf", new ByteArrayInputStream(pdf)))
                .isInstanceOf(FileTooLarge.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void a_file_of_an_unknown_type_or_an_empty_one_is_refused_and_nothing_is_stored() {
        var service = service(TRAINER, 1000);
        assertThatThrownBy(() -> service.addFile(10L, template(), "notes.pdf", new ByteArrayInputStream("plain text".getBytes())))
                .isInstanceOf(UnsupportedFileType.class);
        assertThatThrownBy(() -> service.addFile(10L, template(), "empty.pdf", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void a_delegate_may_not_add_and_is_refused_before_the_file_is_read() {
        var service = service(DELEGATE, 1000);
        var unread = new ByteArrayInputStream(LibraryFiles.pdf());
        assertThatThrownBy(() -> service.addFile(10L, template(), "costing.pdf", unread)).isInstanceOf(AccessDenied.class);
        assertThat(unread.available()).isEqualTo(LibraryFiles.pdf().length);
        assertThatThrownBy(() -> service.addLink(10L, new ResourceDraft(ResourceKind.LINK, LocalizedText.english("UN Women"), null,
                Set.of("en"), "https://www.unwomen.org/"))).isInstanceOf(AccessDenied.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void an_upload_takes_no_address() {
        var draft = new ResourceDraft(ResourceKind.GUIDE, LocalizedText.english("Guide"), null, Set.of("en"), "https://www.unwomen.org/");
        assertThatThrownBy(() -> service(TRAINER, 1000).addFile(10L, draft, "guide.pdf", new ByteArrayInputStream(LibraryFiles.pdf())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stored).isEmpty();
    }
}
