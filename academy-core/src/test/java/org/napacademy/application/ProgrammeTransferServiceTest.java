package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.napacademy.application.security.AccessDenied;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ProgrammeRepository;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/** Only an administrator moves a programme, either way; the document is never touched for anyone else. */
class ProgrammeTransferServiceTest {
    private final Programme programme = TestData.withId(TestData.programme(), 7);
    private final RecordingTransfer transfer = new RecordingTransfer();
    private final ProgrammeRepository programmes = Fakes.of(ProgrammeRepository.class,
            Map.of("find", args -> (long) args[0] == 7 ? Optional.of(programme) : Optional.empty()));

    @Test
    void an_administrator_exports_and_imports() {
        var service = serviceFor(Role.ADMIN);
        service.export(7, new ByteArrayOutputStream());
        assertThat(transfer.written).isSameAs(programme);
        assertThat(service.importDocument(new ByteArrayInputStream(new byte[0])).programmeId()).isEqualTo(8);
    }

    @Test
    void an_unknown_programme_is_not_found() {
        assertThatThrownBy(() -> serviceFor(Role.ADMIN).export(99, new ByteArrayOutputStream())).isInstanceOf(EntityNotFound.class);
    }

    @Test
    void trainers_sponsors_and_delegates_may_neither_export_nor_import() {
        for (var role : Set.of(Role.TRAINER, Role.SPONSOR, Role.DELEGATE)) {
            var service = serviceFor(role);
            assertThatThrownBy(() -> service.export(7, new ByteArrayOutputStream())).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service.importDocument(new ByteArrayInputStream(new byte[0]))).isInstanceOf(AccessDenied.class);
        }
        assertThat(transfer.written).isNull();
        assertThat(transfer.reads).isZero();
    }

    private ProgrammeTransferService serviceFor(Role role) {
        var actor = Actor.of(TestData.withId(new UserAccount("someone", "Someone", "hash", Set.of(role)), 1));
        return new ProgrammeTransferService(programmes, transfer, new AccessPolicy(() -> actor));
    }

    private static final class RecordingTransfer implements ProgrammeTransfer {
        Programme written;
        int reads;

        @Override public void write(Programme programme, OutputStream out) { written = programme; }

        @Override public ImportedProgramme read(InputStream in) {
            reads++;
            return new ImportedProgramme(8, "Copy", Map.of("programmes", 1));
        }
    }
}
