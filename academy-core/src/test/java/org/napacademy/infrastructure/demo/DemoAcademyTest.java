package org.napacademy.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.application.PasswordHasher;
import org.napacademy.infrastructure.persistence.MigratedDatabase;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.AssistanceStatus;
import org.napacademy.domain.model.accompaniment.MentoringNote;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.accompaniment.ProgressReportStatus;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.NapEventType;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.governance.CommitteeSeat;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ReferenceFramework;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/**
 * Loads the demo academy into a fresh H2 database migrated by Flyway, through EclipseLink with Bean
 * Validation on, then reads it back as the application would.
 */
class DemoAcademyTest {

    /** Stands in for PBKDF2, which is slow and lives in the container. */
    private static final PasswordHasher FAKE_HASH = password -> "fake-pbkdf2:" + new StringBuilder(new String(password)).reverse();

    private static MigratedDatabase database;
    private static DemoSummary firstLoad;

    @BeforeAll
    static void load_the_demo_into_an_empty_database() {
        database = MigratedDatabase.withoutCache();
        firstLoad = inTransaction(em -> new DemoAcademy(FAKE_HASH).loadIfEmpty(new JpaDemoDataSink(em))).orElseThrow();
    }

    @AfterAll
    static void disconnect() { database.close(); }

    @Test
    void the_programme_offers_four_languages_and_six_modules_translated_into_each() {
        read(em -> {
            var programme = em.createQuery("select p from Programme p where p.name = ?1", Programme.class)
                    .setParameter(1, DemoAcademy.PROGRAMME_NAME).getSingleResult();
            assertThat(programme.name()).isEqualTo("WPS National Action Plan Academy");
            assertThat(programme.template().tags()).extracting(t -> t.code())
                    .containsExactly("PARTICIPATION", "PREVENTION", "PROTECTION", "RELIEF_AND_RECOVERY");
            assertThat(programme.vocabulary().word(Term.TAG, Locale.forLanguageTag("es"))).contains("Pilar");
            assertThat(programme.vocabulary().word(Term.COHORT, Locale.ENGLISH)).as("the platform's word").isEmpty();
            assertThat(programme.languages()).containsExactly("en", "es", "fr", "pt");
            assertThat(programme.template().levels()).containsExactly(ResultLevel.values());
            var modules = em.createQuery("select m from Module m order by m.displayOrder", Module.class).getResultList();
            assertThat(modules).extracting(Module::code).containsExactly("THEORY_OF_CHANGE", "GENDER_BUDGETING",
                    "STRATEGIC_DESIGN", "INSTITUTIONAL_COORDINATION", "LOCALIZATION", "MONITORING_AND_EVALUATION");
            for (var language : new String[] {"es", "pt", "fr"}) {
                var locale = Locale.forLanguageTag(language);
                assertThat(modules).allSatisfy(m -> {
                    assertThat(m.title().in(locale)).isNotEqualTo(m.title().en());
                    assertThat(m.description().orElseThrow().in(locale)).isNotEqualTo(m.description().orElseThrow().en());
                    assertThat(m.learningObjectives().orElseThrow().in(locale)).isNotEqualTo(m.learningObjectives().orElseThrow().en());
                });
            }
        });
    }

    @Test
    void the_two_convenings_are_in_accompaniment_at_their_real_places_and_dates() {
        read(em -> {
            var portOfSpain = cohort(em, "2024 Port of Spain");
            assertThat(portOfSpain.venue().city()).isEqualTo("Port of Spain");
            assertThat(portOfSpain.venue().countryCode()).isEqualTo("TT");
            assertThat(portOfSpain.venue().timeZone().getId()).isEqualTo("America/Port_of_Spain");
            assertThat(portOfSpain.dates()).isEqualTo(DateRange.of(LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 15)));
            var panamaCity = cohort(em, "2025 Panama City");
            assertThat(panamaCity.venue().name()).isEqualTo("Ministry of Foreign Affairs of Panama");
            assertThat(panamaCity.venue().city()).isEqualTo("Panama City");
            assertThat(panamaCity.venue().countryCode()).isEqualTo("PA");
            assertThat(panamaCity.venue().timeZone().getId()).isEqualTo("America/Panama");
            assertThat(panamaCity.dates()).isEqualTo(DateRange.of(LocalDate.of(2025, 6, 24), LocalDate.of(2025, 6, 26)));
            for (var cohort : new Cohort[] {portOfSpain, panamaCity}) {
                assertThat(cohort.status()).isEqualTo(CohortStatus.ACCOMPANIMENT);
                assertThat(cohort.trainers()).containsExactly("trainer");
                assertThat(cohort.sponsors()).extracting(s -> s.name()).containsExactlyInAnyOrder("Our Secure Future", "UN Women");
            }
        });
    }

    @Test
    void each_cohort_has_its_four_delegations_with_one_focal_point_each() {
        read(em -> {
            assertThat(delegations(em, "2024 Port of Spain")).extracting(d -> d.country().iso2()).containsExactly("BB", "GY", "JM", "TT");
            assertThat(delegations(em, "2024 Port of Spain")).allSatisfy(d -> assertThat(d.participants()).hasSizeBetween(4, 5));
            assertThat(delegations(em, "2025 Panama City")).extracting(d -> d.country().iso2()).containsExactly("BO", "CR", "EC", "PA");
            assertThat(delegations(em, "2025 Panama City")).allSatisfy(d -> assertThat(d.participants()).hasSize(6));
            assertThat(em.createQuery("select d from Delegation d where d.cohort.programme.name = ?1", Delegation.class)
                    .setParameter(1, DemoAcademy.PROGRAMME_NAME).getResultList()).allSatisfy(d ->
                    assertThat(d.participants()).filteredOn(Participant::isFocalPoint).hasSize(1));
        });
    }

    @Test
    void panama_city_gathered_24_fictional_participants_mostly_women_from_government_and_civil_society() {
        read(em -> {
            var participants = em.createQuery("select p from Participant p where p.delegation.cohort.name = ?1", Participant.class)
                    .setParameter(1, "2025 Panama City").getResultList();
            assertThat(participants).hasSize(24);
            assertThat(participants).filteredOn(p -> p.sex() == Sex.FEMALE).hasSizeGreaterThan(16);
            assertThat(participants).extracting(p -> p.institution().type().name()).contains("GOVERNMENT", "CIVIL_SOCIETY");
            assertThat(participants).allSatisfy(p -> {
                assertThat(p.email().orElseThrow()).matches("[a-z0-9.-]+@example\\.org");
                assertThat(p.preferredLanguage()).contains("es");
            });
            assertThat(participants).extracting(p -> p.email().orElseThrow()).doesNotHaveDuplicates();
        });
    }

    @Test
    void each_cohort_meets_for_its_six_modules_within_its_dates_with_attendance_for_everyone() {
        read(em -> {
            for (var name : new String[] {"2024 Port of Spain", "2025 Panama City"}) {
                var cohort = cohort(em, name);
                var sessions = em.createQuery("select s from Session s where s.cohort = ?1 order by s.startsAt", Session.class)
                        .setParameter(1, cohort).getResultList();
                int members = delegations(em, name).stream().mapToInt(d -> d.participants().size()).sum();
                assertThat(sessions).hasSize(6);
                assertThat(sessions).extracting(s -> s.module().code()).doesNotHaveDuplicates();
                assertThat(sessions).allSatisfy(s -> {
                    assertThat(cohort.dates().contains(s.startsAt().toLocalDate())).isTrue();
                    assertThat(cohort.dates().contains(s.endsAt().toLocalDate())).isTrue();
                    assertThat(s.trainers()).containsExactly("trainer");
                    assertThat(s.room()).isPresent();
                    assertThat(s.attendances()).hasSize(members);
                });
                var attendance = sessions.stream().flatMap(s -> s.attendances().stream()).toList();
                assertThat(attendance).filteredOn(a -> a.status() == AttendanceStatus.PRESENT).hasSizeGreaterThan(attendance.size() * 9 / 10);
                assertThat(attendance).extracting(a -> a.status()).contains(AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED);
                var feedback = sessions.stream().flatMap(s -> s.feedback().stream()).toList();
                assertThat(feedback).isNotEmpty().allSatisfy(f -> {
                    assertThat(f.rating()).isBetween(3, 5);
                    assertThat(f.comment()).isPresent();
                });
            }
        });
    }

    @Test
    void every_delegation_has_a_roadmap_from_goal_to_activity_with_a_measured_indicator() {
        read(em -> {
            var delegations = em.createQuery("select d from Delegation d where d.cohort.programme.name = ?1", Delegation.class)
                    .setParameter(1, DemoAcademy.PROGRAMME_NAME).getResultList();
            assertThat(delegations).hasSize(8);
            for (var delegation : delegations) {
                var roadmap = roadmapOf(em, delegation);
                assertThat(roadmap.goals()).hasSize(1);
                var goal = roadmap.goals().get(0);
                assertThat(goal.children()).hasSizeBetween(2, 3).allSatisfy(outcome -> {
                    assertThat(outcome.level()).isEqualTo(ResultLevel.OUTCOME);
                    assertThat(outcome.children()).hasSizeBetween(1, 2).allSatisfy(output -> {
                        assertThat(output.level()).isEqualTo(ResultLevel.OUTPUT);
                        assertThat(output.children()).hasSizeBetween(2, 3)
                                .allSatisfy(activity -> assertThat(activity.level()).isEqualTo(ResultLevel.ACTIVITY));
                    });
                });
                assertThat(roadmap.nodes()).allSatisfy(node -> {
                    assertThat(node.responsibleInstitution()).isPresent();
                    assertThat(node.draftedIn()).isPresent();
                    node.parent().ifPresent(parent -> assertThat(parent.schedule().contains(node.schedule())).isTrue());
                });
                assertThat(indicators(roadmap)).anySatisfy(indicator -> {
                    assertThat(indicator.baselineValue()).isPresent();
                    assertThat(indicator.periods()).anySatisfy(period -> {
                        assertThat(period.target(null)).isPresent();
                        assertThat(period.actuals()).isNotEmpty();
                    });
                    assertThat(indicator.achievement()).isPresent();
                });
            }
        });
    }

    @Test
    void the_roadmaps_differ_by_country_and_use_the_whole_vocabulary_of_results() {
        read(em -> {
            var roadmaps = em.createQuery("select r from Roadmap r where r.delegation is not null", Roadmap.class).getResultList();
            var nodes = roadmaps.stream().flatMap(r -> r.nodes().stream()).toList();
            var indicators = roadmaps.stream().flatMap(r -> indicators(r).stream()).toList();
            assertThat(roadmaps).extracting(Roadmap::title).doesNotHaveDuplicates();
            assertThat(nodes).extracting(ResultNode::title).doesNotHaveDuplicates();
            assertThat(roadmaps).extracting(Roadmap::status).contains(RoadmapStatus.DRAFT, RoadmapStatus.SUBMITTED, RoadmapStatus.ENDORSED);
            assertThat(nodes).extracting(ResultNode::status).contains(ProgressStatus.DONE, ProgressStatus.ON_TRACK,
                    ProgressStatus.AT_RISK, ProgressStatus.NOT_STARTED);
            assertThat(nodes).extracting(node -> node.tag().orElseThrow())
                    .contains("PARTICIPATION", "PREVENTION", "PROTECTION", "RELIEF_AND_RECOVERY");
            var budgetLines = nodes.stream().flatMap(n -> n.budgetLines().stream()).toList();
            assertThat(budgetLines).extracting(l -> l.genderMarker().score()).contains(1, 2);
            assertThat(budgetLines).extracting(l -> l.money().currencyCode()).contains("USD", "TTD", "JMD", "GYD", "BBD", "BOB", "CRC", "PAB");
            assertThat(indicators).extracting(Indicator::unit).contains(org.napacademy.domain.model.roadmap.IndicatorUnit.NUMBER,
                    org.napacademy.domain.model.roadmap.IndicatorUnit.PERCENT, org.napacademy.domain.model.roadmap.IndicatorUnit.YES_NO);
            assertThat(indicators).anyMatch(i -> !i.isAscending()).anyMatch(Indicator::isDisaggregatedBySex);
            assertThat(indicators).anyMatch(i -> i.reference().filter(r -> r.code().equals("5.c.1")).isPresent());
            assertThat(indicators).filteredOn(i -> i.reference().isPresent())
                    .allSatisfy(i -> assertThat(i.reference().orElseThrow().framework()).isEqualTo(ReferenceFramework.SDG));
            assertThat(indicators).allSatisfy(i -> assertThat(i.meansOfVerification().orElseThrow()).contains("demo figures"));
            assertThat(indicators).filteredOn(Indicator::isDisaggregatedBySex)
                    .anySatisfy(i -> assertThat(i.periods()).anySatisfy(p -> assertThat(p.latestActual(Sex.FEMALE)).isPresent()));
        });
    }

    @Test
    void accompaniment_has_an_accepted_and_a_submitted_report_and_an_answered_request_with_mentoring() {
        read(em -> {
            var reports = em.createQuery("select r from ProgressReport r", ProgressReport.class).getResultList();
            assertThat(reports).hasSize(2);
            assertThat(reports).filteredOn(r -> r.status() == ProgressReportStatus.ACCEPTED).singleElement().satisfies(r -> {
                assertThat(r.delegation().cohort().name()).isEqualTo("2024 Port of Spain");
                assertThat(r.reviewerName()).contains("trainer");
                assertThat(r.statusChanges()).isNotEmpty().allSatisfy(c -> assertThat(c.node().status()).isEqualTo(c.to()));
                assertThat(r.newActuals()).isNotEmpty();
            });
            assertThat(reports).filteredOn(r -> r.status() == ProgressReportStatus.SUBMITTED).singleElement().satisfies(r -> {
                assertThat(r.delegation().cohort().name()).isEqualTo("2025 Panama City");
                assertThat(r.submittedAt()).isPresent();
                assertThat(r.newActuals()).isNotEmpty();
            });
            var request = em.createQuery("select r from AssistanceRequest r", AssistanceRequest.class).getSingleResult();
            assertThat(request.status()).isEqualTo(AssistanceStatus.ANSWERED);
            assertThat(request.answer()).isPresent();
            assertThat(request.answeredBy()).contains("trainer");
            assertThat(request.responseTime().orElseThrow()).isPositive();
            var note = em.createQuery("select n from MentoringNote n", MentoringNote.class).getSingleResult();
            assertThat(note.request().orElseThrow().id()).isEqualTo(request.id());
            assertThat(note.date()).isAfter(request.raisedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        });
    }

    @Test
    void thirteen_users_sign_in_with_hashed_passwords_and_delegates_belong_to_their_country() {
        read(em -> {
            var users = em.createQuery("select u from UserAccount u", UserAccount.class).getResultList();
            assertThat(users).extracting(UserAccount::username).containsExactlyInAnyOrder("admin", "trainer", "sponsor",
                    "sponsor.network", "sponsor.eu",
                    "delegate.bb", "delegate.gy", "delegate.jm", "delegate.tt", "delegate.bo", "delegate.cr", "delegate.ec", "delegate.pa");
            assertThat(users).allSatisfy(u -> {
                assertThat(u.passwordHash()).isNotEqualTo("demo").isEqualTo(FAKE_HASH.hash("demo".toCharArray()));
                assertThat(u.isActive()).isTrue();
                assertThat(u.roles()).hasSize(1);
            });
            assertThat(users).filteredOn(u -> u.username().startsWith("delegate.")).hasSize(8).allSatisfy(u -> {
                assertThat(u.roles()).containsExactly(Role.DELEGATE);
                assertThat(u.delegation().orElseThrow().country().iso2().toLowerCase(Locale.ROOT))
                        .isEqualTo(u.username().substring("delegate.".length()));
            });
            assertThat(users).filteredOn(u -> u.username().equals("admin")).singleElement()
                    .satisfies(u -> assertThat(u.roles()).containsExactly(Role.ADMIN));
        });
    }

    @Test
    void trinidad_and_tobagos_nap_adoption_is_shown_once_and_without_an_invented_date() {
        read(em -> {
            var trinidadAndTobago = em.find(Country.class, "TT");
            assertThat(trinidadAndTobago.napHistory()).filteredOn(e -> e.type() == NapEventType.ADOPTED).singleElement().satisfies(e -> {
                assertThat(e.year()).isEmpty();
                assertThat(e.date()).isEmpty();
            });
        });
    }

    @Test
    void the_parliamentary_network_gathered_in_panama_city_and_adopted_an_outcome_document_endorsed_by_its_eight_legislatures() {
        read(em -> {
            var gathering = cohort(em, ParliamentaryNetworkPlan.GATHERING_NAME);
            var programme = gathering.programme();
            assertThat(programme.name()).isEqualTo(ParliamentaryNetworkPlan.PROGRAMME_NAME);
            assertThat(gathering.dates()).isEqualTo(DateRange.of(LocalDate.of(2025, 11, 27), LocalDate.of(2025, 11, 28)));
            assertThat(gathering.venue().city()).isEqualTo("Panama City");
            assertThat(programme.template().levels()).containsExactly(ResultLevel.GOAL, ResultLevel.OUTPUT, ResultLevel.ACTIVITY);
            assertThat(programme.template().tags()).hasSize(8);
            var spanish = Locale.forLanguageTag("es");
            assertThat(programme.vocabulary().word(Term.COHORT, spanish)).contains("Encuentro");
            assertThat(programme.vocabulary().word(Term.GOAL, Locale.ENGLISH)).contains("Priority");
            assertThat(programme.vocabulary().word(Term.OUTPUT, Locale.ENGLISH)).contains("Action");
            assertThat(programme.vocabulary().word(Term.ACTIVITY, Locale.ENGLISH)).contains("Milestone");
            assertThat(delegations(em, ParliamentaryNetworkPlan.GATHERING_NAME)).extracting(d -> d.country().iso2())
                    .containsExactly("BB", "CA", "CL", "KN", "MX", "PA", "PY", "SV");
            var document = em.createQuery("select r from Roadmap r where r.cohort = ?1", Roadmap.class).setParameter(1, gathering).getSingleResult();
            assertThat(document.isGatheringRoadmap()).isTrue();
            assertThat(document.status()).isEqualTo(RoadmapStatus.ENDORSED);
            assertThat(document.adoptedOn()).contains(LocalDate.of(2025, 11, 28));
            assertThat(document.endorsements()).hasSize(8).allSatisfy(e -> assertThat(e.endorsedOn()).isEqualTo(LocalDate.of(2025, 11, 28)));
            assertThat(document.goals()).hasSize(8).extracting(g -> g.tag().orElseThrow()).doesNotHaveDuplicates();
            var actions = document.goals().stream().flatMap(g -> g.children().stream()).toList();
            assertThat(actions).allSatisfy(a -> {
                assertThat(a.level()).isEqualTo(ResultLevel.OUTPUT);
                assertThat(a.assignedDelegation().isPresent() || a.responsibleInstitution().isPresent()).isTrue();
                assertThat(a.children()).singleElement().satisfies(m -> assertThat(m.level()).isEqualTo(ResultLevel.ACTIVITY));
            });
            assertThat(actions).filteredOn(a -> a.assignedDelegation().isEmpty()).isNotEmpty();
            assertThat(delegations(em, ParliamentaryNetworkPlan.GATHERING_NAME)).allSatisfy(d -> assertThat(d.participants()).isEmpty());
            var committee = em.createQuery("select s from CommitteeSeat s where s.programme = ?1", CommitteeSeat.class)
                    .setParameter(1, programme).getResultList().stream().sorted(CommitteeSeat.COMMITTEE_ORDER).toList();
            assertThat(committee).extracting(s -> s.role() + " " + s.subregion().map(Enum::name).orElse("-") + " " + s.country().iso2())
                    .containsExactly("PRESIDENT - CA", "VICE_PRESIDENT NORTH_AMERICA MX",
                            "VICE_PRESIDENT CENTRAL_AMERICA PA", "VICE_PRESIDENT CENTRAL_AMERICA SV",
                            "VICE_PRESIDENT CARIBBEAN BB", "VICE_PRESIDENT CARIBBEAN KN",
                            "VICE_PRESIDENT SOUTH_AMERICA CL", "VICE_PRESIDENT SOUTH_AMERICA PY");
            assertThat(committee).allSatisfy(s -> assertThat(s.electedAt()).isEqualTo(gathering));
        });
    }

    @Test
    void the_eu_clasi_roadmap_of_priorities_covers_ten_crime_areas_for_sixteen_member_countries() {
        read(em -> {
            var meeting = cohort(em, ClasiPlan.GATHERING_NAME);
            assertThat(meeting.programme().name()).isEqualTo(ClasiPlan.PROGRAMME_NAME);
            assertThat(meeting.programme().vocabulary().word(Term.ROADMAP, Locale.ENGLISH)).contains("Roadmap of priorities");
            assertThat(delegations(em, ClasiPlan.GATHERING_NAME)).extracting(d -> d.country().iso2())
                    .containsExactlyInAnyOrderElementsOf(ClasiPlan.MEMBERS).hasSize(16);
            var roadmap = em.createQuery("select r from Roadmap r where r.cohort = ?1", Roadmap.class).setParameter(1, meeting).getSingleResult();
            assertThat(roadmap.goals()).hasSize(10).extracting(g -> g.tag().orElseThrow())
                    .containsExactlyElementsOf(meeting.programme().template().tags().stream().map(t -> t.code()).toList());
            assertThat(roadmap.endorsements()).hasSize(16);
            var sponsors = em.createQuery("select u from UserAccount u where u.username in ?1", UserAccount.class)
                    .setParameter(1, java.util.List.of("sponsor", "sponsor.network", "sponsor.eu")).getResultList();
            assertThat(sponsors).as("each sponsor observes one programme, a different one").allSatisfy(u ->
                    assertThat(u.sponsoredProgrammes()).hasSize(1)).extracting(u -> u.sponsoredProgrammes().iterator().next()).doesNotHaveDuplicates();
        });
    }

    @Test
    void the_summary_counts_what_is_in_the_database() {
        read(em -> {
            assertThat(firstLoad.programmes()).isEqualTo(count(em, "Programme"));
            assertThat(firstLoad.programmes()).isEqualTo(3);
            assertThat(firstLoad.cohorts()).isEqualTo(4).isEqualTo(count(em, "Cohort"));
            assertThat(firstLoad.delegations()).as("8 + 8 member legislatures + 16 ministries").isEqualTo(32).isEqualTo(count(em, "Delegation"));
            assertThat(firstLoad.participants()).isEqualTo(count(em, "Participant"));
            assertThat(firstLoad.sessions()).isEqualTo(12).isEqualTo(count(em, "Session"));
            assertThat(firstLoad.attendances()).isEqualTo(count(em, "Attendance"));
            assertThat(firstLoad.feedback()).isEqualTo(count(em, "SessionFeedback"));
            assertThat(firstLoad.roadmaps()).isEqualTo(10).isEqualTo(count(em, "Roadmap"));
            assertThat(firstLoad.resultNodes()).isEqualTo(count(em, "ResultNode"));
            assertThat(firstLoad.indicators()).isEqualTo(count(em, "Indicator"));
            assertThat(firstLoad.measurements()).isEqualTo(count(em, "Measurement"));
            assertThat(firstLoad.users()).isEqualTo(13).isEqualTo(count(em, "UserAccount"));
        });
    }

    @Test
    void loading_again_leaves_a_database_with_a_programme_untouched() {
        var second = inTransaction(em -> new DemoAcademy(FAKE_HASH).loadIfEmpty(new JpaDemoDataSink(em)));
        assertThat(second).isEmpty();
        read(em -> {
            assertThat(count(em, "Programme")).isEqualTo(3);
            assertThat(count(em, "Cohort")).isEqualTo(4);
            assertThat(count(em, "Participant")).isEqualTo(firstLoad.participants());
            assertThat(count(em, "UserAccount")).isEqualTo(13);
        });
    }

    private static Cohort cohort(EntityManager em, String name) {
        return em.createQuery("select c from Cohort c where c.name = ?1", Cohort.class).setParameter(1, name).getSingleResult();
    }

    private static java.util.List<Delegation> delegations(EntityManager em, String cohortName) {
        return em.createQuery("select d from Delegation d where d.cohort.name = ?1 order by d.country.iso2", Delegation.class)
                .setParameter(1, cohortName).getResultList();
    }

    private static Roadmap roadmapOf(EntityManager em, Delegation delegation) {
        return em.createQuery("select r from Roadmap r where r.delegation = ?1", Roadmap.class).setParameter(1, delegation).getSingleResult();
    }

    private static java.util.List<Indicator> indicators(Roadmap roadmap) {
        return roadmap.nodes().stream().flatMap(n -> n.indicators().stream()).toList();
    }

    private static int count(EntityManager em, String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult().intValue();
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return database.inTransaction(work);
    }

    private static void read(Consumer<EntityManager> work) {
        database.read(work);
    }
}
