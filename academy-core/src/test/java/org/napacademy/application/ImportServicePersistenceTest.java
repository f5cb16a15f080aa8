package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.infrastructure.persistence.MigratedDatabase;
import org.napacademy.infrastructure.persistence.TestRepositories;

/**
 * Imports against a migrated database: a file with one bad row, even after hundreds of good rows were
 * flushed, leaves nothing behind; a good file is stored whole, in batches.
 */
class ImportServicePersistenceTest {
    private static MigratedDatabase database;

    @BeforeAll
    static void migrate() { database = MigratedDatabase.create(Map.of()); }

    @AfterAll
    static void disconnect() { database.close(); }

    @Test
    void a_bad_row_after_flushed_chunks_stores_nothing() {
        long delegationId = database.inTransaction(ImportServicePersistenceTest::delegation);
        var rows = LongStream.rangeClosed(2, 1201).mapToObj(n -> n == 1201
                ? ParsedRow.<ImportedParticipant>failed(n, List.of(new RowError(n, "Sex", "Not one of the choices: x")))
                : ParsedRow.of(n, participant(n))).toList();

        assertThatThrownBy(() -> database.inTransaction(em -> service(em).importParticipants(delegationId, sink -> rows.forEach(sink::row))))
                .isInstanceOfSatisfying(ImportFailed.class, failed -> {
                    assertThat(failed.report().rowsValid()).isEqualTo(1199);
                    assertThat(failed.report().errors()).containsExactly(new RowError(1201, "Sex", "Not one of the choices: x"));
                });
        assertThat(participants(delegationId)).isZero();
    }

    @Test
    void a_good_file_is_stored_whole() {
        long delegationId = database.inTransaction(ImportServicePersistenceTest::delegation);
        var rows = LongStream.rangeClosed(2, 1201).mapToObj(n -> ParsedRow.of(n, participant(n))).toList();

        var report = database.inTransaction(em -> service(em).importParticipants(delegationId, sink -> rows.forEach(sink::row)));

        assertThat(report.applied()).isTrue();
        assertThat(participants(delegationId)).isEqualTo(1200);
    }

    private static ImportService service(EntityManager em) {
        var service = new ImportService();
        service.delegations = TestRepositories.delegations(em);
        service.roadmaps = TestRepositories.roadmaps(em);
        service.access = new AccessPolicy(() -> Actor.SYSTEM);
        return service;
    }

    private static long delegation(EntityManager em) {
        var programme = TestData.programme();
        em.persist(programme);
        var cohort = TestData.cohort(programme);
        em.persist(cohort);
        var delegation = new Delegation(cohort, em.find(Country.class, "CR"));
        em.persist(delegation);
        em.flush();
        return delegation.id();
    }

    private static ImportedParticipant participant(long n) {
        return new ImportedParticipant(null, "Family" + n, "Given" + n, "Ministry", null, Sex.FEMALE, null, "p" + n + "@example.org");
    }

    private static long participants(long delegationId) {
        var count = new long[1];
        database.read(em -> count[0] = em.createQuery("select count(p) from Participant p where p.delegation.id = ?1", Long.class)
                .setParameter(1, delegationId).getSingleResult());
        return count[0];
    }
}
