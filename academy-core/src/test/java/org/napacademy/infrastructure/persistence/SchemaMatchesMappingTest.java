package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.range;
import static org.napacademy.domain.model.TestData.year;
import static org.napacademy.domain.model.TestData.years;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.AssistanceStatus;
import org.napacademy.domain.model.accompaniment.MentoringNote;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.accompaniment.ProgressReportStatus;
import org.napacademy.domain.model.accompaniment.Urgency;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.NapEventType;
import org.napacademy.domain.model.country.NapStatus;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Institution;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.Sponsor;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.roadmap.ExternalReference;
import org.napacademy.domain.model.roadmap.GenderMarker;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.MeasurementKind;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ReferenceFramework;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.shared.Money;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/**
 * Runs the Flyway migrations on a fresh H2 database, then reads and writes every mapping through
 * EclipseLink: if a table or column of the migration disagrees with an annotation, a test here fails.
 */
class SchemaMatchesMappingTest {

    private static MigratedDatabase database;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void migrate_and_connect() {
        database = MigratedDatabase.withoutCache();
        emf = database.factory();
    }

    @AfterAll
    static void disconnect() { database.close(); }

    @Test
    void the_migration_loads_the_35_countries_of_the_americas() {
        read(em -> {
            var countries = new JpaCountryRepository(em);
            assertThat(countries.count()).isEqualTo(35);
            assertThat(countries.all()).hasSize(35).first().extracting(Country::iso2).isEqualTo("AG");
            assertThat(countries.inSubregion(Subregion.NORTH_AMERICA)).extracting(Country::iso2).containsExactly("CA", "MX", "US");
            var brazil = countries.find("BR").orElseThrow();
            assertThat(brazil.iso3()).isEqualTo("BRA");
            assertThat(brazil.name().in(java.util.Locale.forLanguageTag("pt"))).isEqualTo("Brasil");
            assertThat(brazil.name().in(java.util.Locale.FRENCH)).isEqualTo("Brésil");
            assertThat(countries.find("GY").orElseThrow().subregion()).isEqualTo(Subregion.CARIBBEAN);
        });
    }

    @Test
    void the_migration_records_the_nap_adoptions_without_inventing_dates() {
        read(em -> {
            var countries = new JpaCountryRepository(em);
            assertThat(em.createQuery("select count(e) from NapEvent e where e.type = ?1", Long.class)
                    .setParameter(1, NapEventType.ADOPTED).getSingleResult()).isEqualTo(11);
            var chile = countries.find("CL").orElseThrow();
            assertThat(chile.napHistory()).extracting(e -> e.year().orElseThrow()).containsExactly(2009, 2015);
            assertThat(chile.latestNapEvent().orElseThrow().generation()).isEqualTo(2);
            var trinidad = countries.find("TT").orElseThrow();
            assertThat(trinidad.napStatus()).isEqualTo(NapStatus.ADOPTED);
            assertThat(trinidad.latestNapEvent().orElseThrow().year()).isEmpty();
            assertThat(trinidad.latestNapEvent().orElseThrow().date()).isEmpty();
            var salvador = countries.find("SV").orElseThrow().latestNapEvent().orElseThrow();
            assertThat(salvador.planStartYear()).contains(2017);
            assertThat(salvador.planEndYear()).contains(2022);
            assertThat(countries.find("JM").orElseThrow().napStatus()).isEqualTo(NapStatus.NONE);
            assertThat(countries.find("JM").orElseThrow().version()).isZero();
            assertThat(countries.all()).filteredOn(Country::hasAdoptedNap).hasSize(10);
        });
    }

    @Test
    void a_full_object_graph_is_written_and_read_back() {
        var ids = write(em -> {
            var panama = em.find(Country.class, "PA");
            panama.recordNapEvent(NapEventType.DRAFTING, 1, LocalDate.of(2025, 6, 26), null, null, null,
                    "roadmap drafted at the academy", "https://example.org/panama");

            var programme = new Programme("WPS NAP Academy", "Women, Peace and Security", Set.of("en", "es"));
            programme.changeTemplate(org.napacademy.domain.model.Pillar.academyTemplate());
            new JpaProgrammeRepository(em).add(programme);
            var sponsor = new Sponsor("Our Secure Future", "https://oursecurefuture.org");
            new JpaSponsorRepository(em).add(sponsor);
            var cohort = new org.napacademy.domain.model.programme.Cohort(programme, "2025 Panama City",
                    new Venue("Ministry of Foreign Affairs", "Panama City", "PA", "America/Panama"), range("2025-06-24", "2025-06-26"));
            cohort.addSponsor(sponsor);
            cohort.assignTrainer("trainer.ana");
            new JpaCohortRepository(em).add(cohort);

            var delegation = new Delegation(cohort, panama);
            var focal = delegation.enrol("María", "Pérez", "maria.perez@example.org",
                    new Institution("Ministry of Women", InstitutionType.GOVERNMENT), "Director", Sex.FEMALE);
            delegation.appointFocalPoint(focal);
            focal.consentToBeListed();
            focal.preferLanguage("es");
            var member = delegation.enrol("Luis", "Gómez", null, new Institution("Red de Mujeres", InstitutionType.CIVIL_SOCIETY), null, Sex.MALE);
            new JpaDelegationRepository(em).add(delegation);

            var module = new Module(programme, "GENDER_BUDGETING", new LocalizedText("Gender budgeting", "Presupuestos con enfoque de género", null, null), 90, 2);
            module.describe(LocalizedText.english("Costing a NAP"), LocalizedText.english("Tag budget lines with the gender marker"));
            new JpaModuleRepository(em).add(module);

            var session = new Session(cohort, module, LocalDateTime.of(2025, 6, 24, 9, 0), LocalDateTime.of(2025, 6, 24, 10, 30), "Salón Bolívar");
            session.assignTrainer("trainer.ana");
            session.recordAttendance(focal, AttendanceStatus.PRESENT);
            session.recordAttendance(member, AttendanceStatus.EXCUSED);
            session.collectFeedback(focal, 5, "Very practical", 2, 4);
            session.collectFeedback(null, 4, null, null, null);
            new JpaSessionRepository(em).add(session);

            var roadmap = new Roadmap(delegation, "Panama's roadmap to its first NAP");
            var goal = roadmap.addGoal("Women take part in security decisions", Pillar.PARTICIPATION, years(2025, 2027));
            var outcome = goal.addChild(ResultLevel.OUTCOME, "More women in peace negotiations", years(2025, 2026));
            var output = outcome.addChild(ResultLevel.OUTPUT, "Negotiators trained", year(2025));
            var otherOutput = outcome.addChild(ResultLevel.OUTPUT, "Roster of women mediators", year(2026));
            var activity = output.addChild(ResultLevel.ACTIVITY, "Run two trainings", range("2025-07-01", "2025-09-30"));
            activity.markDraftedIn(module);
            activity.assignResponsibility("Ministry of Foreign Affairs");
            activity.describe("Two cohorts of 20 negotiators");
            activity.addBudgetLine(new BudgetLine(Money.of("12500.50", "USD"), "UN Women", GenderMarker.PRINCIPAL));
            activity.addBudgetLine(new BudgetLine(Money.of("3000", "PAB"), "Treasury", GenderMarker.SIGNIFICANT));
            var indicator = outcome.addIndicator("Share of women among negotiators", IndicatorUnit.PERCENT, true, new BigDecimal("12"), LocalDate.of(2024, 12, 31));
            indicator.disaggregateBySex();
            indicator.verifyBy("Ministry records");
            indicator.referTo(new ExternalReference(ReferenceFramework.UN_WPS, "1b"));
            var period = indicator.addPeriod(year(2025));
            period.planTarget(new BigDecimal("30"), null, null);
            period.planTarget(new BigDecimal("30"), Sex.FEMALE, null);
            new JpaRoadmapRepository(em).add(roadmap);

            var report = new ProgressReport(delegation, range("2025-07-01", "2025-09-30"));
            report.writeNarrative("Two trainings held", "Budget delays", "Roster");
            report.addEvidenceLink("https://example.org/report.pdf");
            report.reportStatusChange(activity, ProgressStatus.DONE);
            report.recordActual(period, new BigDecimal("21"), null, LocalDate.of(2025, 9, 30), "Mid-year count", "https://example.org/count");
            report.recordActual(period, new BigDecimal("21"), Sex.FEMALE, LocalDate.of(2025, 9, 30), null, null);
            report.submit(Instant.parse("2025-10-01T12:00:00Z"));
            new JpaProgressReportRepository(em).add(report);

            var request = new AssistanceRequest(delegation, module, "maria.perez", "How do we cost the NAP?", Urgency.HIGH, Instant.parse("2025-07-10T14:00:00Z"));
            request.answer("See the costing tool", "trainer.ana", Instant.parse("2025-07-11T09:30:00Z"));
            new JpaAssistanceRequestRepository(em).add(request);
            new JpaMentoringNoteRepository(em).add(new MentoringNote(delegation, request, "trainer.ana", LocalDate.of(2025, 7, 15), "Walked through the costing tool"));

            var user = new UserAccount("maria.perez", "María Pérez", "PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==", Set.of(Role.DELEGATE));
            user.joinDelegation(delegation);
            new JpaUserAccountRepository(em).add(user);
            var admin = new UserAccount("admin", "Administrator", "hash", Set.of(Role.ADMIN, Role.TRAINER));
            new JpaUserAccountRepository(em).add(admin);
            return Map.of("cohort", cohort, "delegation", delegation, "session", session, "roadmap", roadmap,
                    "report", report, "request", request, "outcome", outcome, "otherOutput", otherOutput, "activity", activity, "programme", programme);
        });

        read(em -> {
            var cohorts = new JpaCohortRepository(em);
            var cohort = cohorts.find(id(ids, "cohort")).orElseThrow();
            assertThat(cohort.id()).isPositive();
            assertThat(cohort.version()).isEqualTo(1);   // EclipseLink writes 1 on insert; migrated rows start at 0
            assertThat(cohort.venue().timeZone().getId()).isEqualTo("America/Panama");
            assertThat(cohort.dates()).isEqualTo(range("2025-06-24", "2025-06-26"));
            assertThat(cohort.sponsors()).extracting(Sponsor::name).containsExactly("Our Secure Future");
            assertThat(cohort.trainers()).containsExactly("trainer.ana");
            assertThat(cohort.programme().languages()).containsExactly("en", "es");
            assertThat(cohort.programme().template().levels()).hasSize(4);
            assertThat(cohorts.ofProgramme(cohort.programme())).containsExactly(cohort);
            assertThat(cohorts.trainedBy("trainer.ana")).containsExactly(cohort);
            assertThat(cohorts.page(0, 10)).containsExactly(cohort);
            assertThat(cohorts.count()).isEqualTo(1);

            var delegations = new JpaDelegationRepository(em);
            var delegation = delegations.ofCohort(cohort).get(0);
            assertThat(delegation.country().iso2()).isEqualTo("PA");
            assertThat(delegation.country().napStatus()).isEqualTo(NapStatus.DRAFTING);
            assertThat(delegations.of(cohort, delegation.country())).contains(delegation);
            var participants = delegations.participantsOf(delegation);
            assertThat(participants).extracting(p -> p.familyName()).containsExactly("Gómez", "Pérez");
            var maria = participants.get(1);
            assertThat(maria.isFocalPoint()).isTrue();
            assertThat(maria.consentsToBeListed()).isTrue();
            assertThat(maria.preferredLanguage()).contains("es");
            assertThat(maria.institution()).isEqualTo(new Institution("Ministry of Women", InstitutionType.GOVERNMENT));
            assertThat(maria.position()).contains("Director");
            assertThat(delegations.participant(maria.id())).contains(maria);

            var modules = new JpaModuleRepository(em);
            var module = modules.byCode(cohort.programme(), "GENDER_BUDGETING").orElseThrow();
            assertThat(module.title().in(java.util.Locale.forLanguageTag("es"))).isEqualTo("Presupuestos con enfoque de género");
            assertThat(module.title().in(java.util.Locale.FRENCH)).isEqualTo("Gender budgeting");
            assertThat(module.learningObjectives().orElseThrow().en()).startsWith("Tag budget");
            assertThat(modules.ofProgramme(cohort.programme())).containsExactly(module);

            var sessions = new JpaSessionRepository(em);
            var session = sessions.ofCohort(cohort).get(0);
            assertThat(session.zonedStart().toOffsetDateTime().getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
            assertThat(session.trainers()).containsExactly("trainer.ana");
            assertThat(sessions.attendanceOf(session)).extracting(a -> a.status()).containsExactly(AttendanceStatus.EXCUSED, AttendanceStatus.PRESENT);
            assertThat(sessions.feedbackOf(session)).hasSize(2).anySatisfy(f -> assertThat(f.learningGain()).contains(2));

            var roadmaps = new JpaRoadmapRepository(em);
            var roadmap = roadmaps.ofDelegation(delegation).orElseThrow();
            assertThat(roadmaps.ofCohort(cohort)).containsExactly(roadmap);
            assertThat(roadmap.nodes()).extracting(n -> n.level()).containsExactly(
                    ResultLevel.GOAL, ResultLevel.OUTCOME, ResultLevel.OUTPUT, ResultLevel.ACTIVITY, ResultLevel.OUTPUT);
            assertThat(roadmaps.nodesOf(roadmap)).hasSize(5);
            var activity = roadmaps.node(id(ids, "activity")).orElseThrow();
            assertThat(activity.status()).isEqualTo(ProgressStatus.DONE);
            assertThat(activity.draftedIn()).contains(module);
            assertThat(activity.budgetLines()).extracting(BudgetLine::money).containsExactly(Money.of("12500.50", "USD"), Money.of("3000", "PAB"));
            assertThat(activity.budgetLines().get(0).genderMarker()).isEqualTo(GenderMarker.PRINCIPAL);
            assertThat(roadmap.goals().get(0).budgetTotals()).containsEntry("USD", Money.of("12500.5", "USD"));
            var outcome = roadmaps.node(id(ids, "outcome")).orElseThrow();
            var indicator = roadmaps.indicatorsOf(outcome).get(0);
            assertThat(roadmaps.indicator(indicator.id())).contains(indicator);
            assertThat(indicator.reference()).contains(new ExternalReference(ReferenceFramework.UN_WPS, "1b"));
            assertThat(indicator.isDisaggregatedBySex()).isTrue();
            var period = roadmaps.periodsOf(indicator).get(0);
            assertThat(roadmaps.period(period.id())).contains(period);
            assertThat(period.measurements()).hasSize(4);
            assertThat(period.target(Sex.FEMALE).orElseThrow().value()).contains(new BigDecimal("30.0000"));
            assertThat(period.latestActual(null).orElseThrow().evidenceLink()).contains("https://example.org/count");
            assertThat(indicator.achievement().orElseThrow().ratio()).isEqualByComparingTo("0.5");

            var reports = new JpaProgressReportRepository(em);
            var report = reports.ofDelegation(delegation).get(0);
            assertThat(report.status()).isEqualTo(ProgressReportStatus.SUBMITTED);
            assertThat(report.submittedAt()).contains(Instant.parse("2025-10-01T12:00:00Z"));
            assertThat(report.evidenceLinks()).containsExactly("https://example.org/report.pdf");
            assertThat(report.statusChanges()).singleElement().satisfies(c -> {
                assertThat(c.node()).isEqualTo(activity);
                assertThat(c.from()).isEqualTo(ProgressStatus.NOT_STARTED);
                assertThat(c.to()).isEqualTo(ProgressStatus.DONE);
            });
            assertThat(report.newActuals()).hasSize(2).allMatch(m -> m.kind() == MeasurementKind.ACTUAL);
            assertThat(reports.awaitingReview(cohort)).containsExactly(report);

            var requests = new JpaAssistanceRequestRepository(em);
            var request = requests.ofDelegation(delegation).get(0);
            assertThat(request.responseTime().orElseThrow().toMinutes()).isEqualTo(19 * 60 + 30);
            assertThat(request.topic()).contains(module);
            assertThat(requests.inCohort(cohort, AssistanceStatus.ANSWERED)).containsExactly(request);
            var notes = new JpaMentoringNoteRepository(em);
            assertThat(notes.ofDelegation(delegation)).singleElement().satisfies(n -> assertThat(n.request()).contains(request));
            assertThat(notes.ofRequest(request)).hasSize(1);

            var users = new JpaUserAccountRepository(em);
            var maria2 = users.byUsername("maria.perez").orElseThrow();
            assertThat(maria2.roles()).containsExactly(Role.DELEGATE);
            assertThat(maria2.delegation()).contains(delegation);
            assertThat(users.byUsername("admin").orElseThrow().roles()).containsExactly(Role.ADMIN, Role.TRAINER);
            assertThat(users.page(0, 1)).hasSize(1);
        });

        // Review, restructure and correct in a second unit of work, then read again.
        write(em -> {
            var roadmap = em.find(Roadmap.class, id(ids, "roadmap"));
            var activity = em.find(org.napacademy.domain.model.roadmap.ResultNode.class, id(ids, "activity"));
            var otherOutput = em.find(org.napacademy.domain.model.roadmap.ResultNode.class, id(ids, "otherOutput"));
            activity.moveTo(otherOutput, range("2026-01-01", "2026-03-31"));
            activity.removeBudgetLine(new BudgetLine(Money.of("12500.50", "USD"), "UN Women", GenderMarker.PRINCIPAL));
            roadmap.submit();
            em.find(ProgressReport.class, id(ids, "report")).accept("trainer.ana", Instant.parse("2025-10-03T08:00:00Z"));
            em.find(AssistanceRequest.class, id(ids, "request")).close(Instant.parse("2025-10-04T08:00:00Z"));
            return Map.of();
        });
        read(em -> {
            var activity = em.find(org.napacademy.domain.model.roadmap.ResultNode.class, id(ids, "activity"));
            assertThat(activity.parent().orElseThrow().id()).isEqualTo(id(ids, "otherOutput"));
            assertThat(activity.schedule()).isEqualTo(range("2026-01-01", "2026-03-31"));
            assertThat(activity.budgetLines()).extracting(BudgetLine::money).containsExactly(Money.of("3000", "PAB"));
            var roadmap = em.find(Roadmap.class, id(ids, "roadmap"));
            assertThat(roadmap.nodes()).extracting(n -> n.level()).containsExactly(
                    ResultLevel.GOAL, ResultLevel.OUTCOME, ResultLevel.OUTPUT, ResultLevel.OUTPUT, ResultLevel.ACTIVITY);
            assertThat(roadmap.version()).isEqualTo(2);
            var report = em.find(ProgressReport.class, id(ids, "report"));
            assertThat(report.status()).isEqualTo(ProgressReportStatus.ACCEPTED);
            assertThat(report.reviewerName()).contains("trainer.ana");
            assertThat(report.reviewedAt()).contains(Instant.parse("2025-10-03T08:00:00Z"));
        });
    }

    @Test
    void a_write_based_on_a_stale_version_is_refused() {
        var programmeId = id(write(em -> {
            var programme = new Programme("Parliamentary network gathering", null, Set.of("en"));
            em.persist(programme);
            return Map.of("programme", programme);
        }), "programme");
        var alice = emf.createEntityManager();
        var bob = emf.createEntityManager();
        try {
            var alicesCopy = alice.find(Programme.class, programmeId);
            var bobsCopy = bob.find(Programme.class, programmeId);
            alice.getTransaction().begin();
            alicesCopy.rename("Renamed by Alice");
            alice.getTransaction().commit();
            bob.getTransaction().begin();
            bobsCopy.rename("Renamed by Bob");
            assertThatThrownBy(() -> bob.getTransaction().commit())
                    .isInstanceOf(RollbackException.class).hasCauseInstanceOf(OptimisticLockException.class);
        } finally {
            alice.close();
            bob.close();
        }
        read(em -> assertThat(em.find(Programme.class, programmeId).name()).isEqualTo("Renamed by Alice"));
    }

    @Test
    void ids_come_from_the_sequence_and_stay_clear_of_the_reference_data() {
        var sponsorId = id(write(em -> {
            var sponsor = new Sponsor("UN Women", null);
            em.persist(sponsor);
            return Map.of("sponsor", sponsor);
        }), "sponsor");
        assertThat(sponsorId).isPositive();
        read(em -> assertThat(em.createQuery("select min(e.id) from NapEvent e", Long.class).getSingleResult()).isEqualTo(-11L));
    }

    @Test
    void bean_validation_refuses_an_entity_broken_behind_the_domains_back() throws ReflectiveOperationException {
        var sponsor = new Sponsor("UN Women", null);
        var name = Sponsor.class.getDeclaredField("name");
        name.setAccessible(true);
        name.set(sponsor, " ");
        assertThatThrownBy(() -> write(em -> {
            em.persist(sponsor);
            return Map.of();
        })).isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }

    private static long id(Map<String, ? extends org.napacademy.domain.model.shared.AbstractEntity> entities, String name) {
        return entities.get(name).id();
    }

    private static <T extends org.napacademy.domain.model.shared.AbstractEntity> Map<String, T> write(Function<EntityManager, Map<String, T>> work) {
        return database.inTransaction(work);
    }

    private static void read(Consumer<EntityManager> work) {
        database.read(work);
    }
}
