package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.range;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.audit.AuditAction;
import org.napacademy.domain.model.audit.AuditRecord;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.governance.CommitteeRole;
import org.napacademy.domain.model.governance.CommitteeSeat;
import org.napacademy.domain.model.programme.Programme;

/** The committee's table and queries on a migrated database: V13 matches the mapping, seats come in committee order. */
class CommitteeSeatQueriesTest {
    private static MigratedDatabase database;
    private static long network;
    private static long other;

    @BeforeAll
    static void a_network_with_its_first_committee_and_another_programme_with_a_president() {
        database = MigratedDatabase.withoutCache();
        database.inTransaction(em -> {
            var programme = persist(em, TestData.programme());
            var gathering = persist(em, TestData.cohort(programme));
            var elsewhere = persist(em, TestData.programme());
            network = programme.id();
            other = elsewhere.id();
            seat(em, programme, CommitteeRole.VICE_PRESIDENT, Subregion.CARIBBEAN, "KN", "2025-06-26", "2027-06-25", gathering);
            seat(em, programme, CommitteeRole.MEMBER, null, "PY", "2025-06-26", "2027-06-25", gathering);
            seat(em, programme, CommitteeRole.PRESIDENT, null, "CA", "2025-06-26", "2027-06-25", gathering);
            seat(em, programme, CommitteeRole.VICE_PRESIDENT, Subregion.NORTH_AMERICA, "MX", "2025-06-26", "2027-06-25", gathering);
            seat(em, programme, CommitteeRole.PRESIDENT, null, "CL", "2027-06-26", "2029-06-25", gathering);
            seat(em, elsewhere, CommitteeRole.PRESIDENT, null, "BR", "2025-06-26", "2027-06-25", persist(em, TestData.cohort(elsewhere)));
            return null;
        });
    }

    @AfterAll
    static void disconnect() { database.close(); }

    @Test
    void a_programmes_seats_come_president_first_then_vice_presidents_by_subregion_with_their_countries() {
        database.read(em -> {
            var seats = new JpaCommitteeSeatRepository(em).ofProgramme(em.find(Programme.class, network));
            assertThat(seats).extracting(seat -> seat.role() + " " + seat.country().iso2())
                    .containsExactly("PRESIDENT CL", "PRESIDENT CA", "VICE_PRESIDENT MX", "VICE_PRESIDENT KN", "MEMBER PY");
            assertThat(seats.get(3).subregion()).contains(Subregion.CARIBBEAN);
            assertThat(seats.get(3).term()).isEqualTo(range("2025-06-26", "2027-06-25"));
            assertThat(seats.get(3).electedAt().name()).isEqualTo("2025 Panama City");
            assertThat(seats.get(3).id()).isPositive();
        });
    }

    @Test
    void only_the_presidencies_of_the_programme_sharing_a_day_with_the_term_overlap() {
        database.read(em -> {
            var repository = new JpaCommitteeSeatRepository(em);
            var programme = em.find(Programme.class, network);
            assertThat(repository.presidenciesOverlapping(programme, range("2027-06-25", "2027-06-25")))
                    .extracting(seat -> seat.country().iso2()).containsExactly("CA");
            assertThat(repository.presidenciesOverlapping(programme, range("2027-01-01", "2027-12-31")))
                    .extracting(seat -> seat.country().iso2()).containsExactly("CA", "CL");
            assertThat(repository.presidenciesOverlapping(programme, range("2030-01-01", "2030-12-31"))).isEmpty();
            assertThat(repository.presidenciesOverlapping(em.find(Programme.class, other), range("2027-01-01", "2027-12-31")))
                    .extracting(seat -> seat.country().iso2()).containsExactly("BR");
        });
    }

    @Test
    void electing_a_seat_leaves_an_audit_record_with_its_role_country_and_term() {
        database.read(em -> {
            var seat = new JpaCommitteeSeatRepository(em).ofProgramme(em.find(Programme.class, network)).get(2);
            var records = em.createQuery("select a from AuditRecord a where a.entityType = 'CommitteeSeat' and a.entityId = ?1",
                    AuditRecord.class).setParameter(1, seat.id()).getResultList();
            assertThat(records).singleElement().satisfies(record -> {
                assertThat(record.action()).isEqualTo(AuditAction.CREATE);
                assertThat(record.newValues().getString("role")).isEqualTo("VICE_PRESIDENT");
                assertThat(record.newValues().getString("subregion")).isEqualTo("NORTH_AMERICA");
                assertThat(record.newValues().getString("country")).isEqualTo("MX");
                assertThat(record.newValues().getString("termEnd")).isEqualTo("2027-06-25");
            });
        });
    }

    @Test
    void the_table_refuses_a_vice_president_without_a_subregion_written_behind_the_domains_back() {
        assertThatThrownBy(() -> database.inTransaction(em -> em.createNativeQuery(
                "insert into committee_seat (id, version, programme_id, role, country_iso2, term_start, term_end, elected_at_cohort_id)"
                        + " select 1, 0, programme_id, 'VICE_PRESIDENT', 'PA', term_start, term_end, elected_at_cohort_id from committee_seat"
                        + " where programme_id = " + network + " and role = 'MEMBER'").executeUpdate()))
                .isInstanceOf(PersistenceException.class);
    }

    private static void seat(EntityManager em, Programme programme, CommitteeRole role, Subregion subregion, String country,
                             String start, String end, org.napacademy.domain.model.programme.Cohort gathering) {
        persist(em, new CommitteeSeat(programme, role, subregion, em.find(Country.class, country), range(start, end), gathering));
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }
}
