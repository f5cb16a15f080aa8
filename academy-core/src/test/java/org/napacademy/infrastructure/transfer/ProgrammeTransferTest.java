package org.napacademy.infrastructure.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.application.ImportedProgramme;
import org.napacademy.application.ProgrammeImportRefused;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.MentoringMode;
import org.napacademy.domain.model.accompaniment.MentoringSlot;
import org.napacademy.domain.model.certificate.Certificate;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.library.FileType;
import org.napacademy.domain.model.library.ModuleResource;
import org.napacademy.domain.model.library.ResourceFile;
import org.napacademy.domain.model.library.ResourceKind;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.user.UserAccount;
import org.napacademy.infrastructure.demo.DemoAcademy;
import org.napacademy.infrastructure.demo.JpaDemoDataSink;
import org.napacademy.infrastructure.persistence.MigratedDatabase;

/**
 * The round trip: the demo academy in database A is exported, imported into a fresh database B and exported
 * again; both documents are equal once the keys (each database's ids) are numbered in order of appearance.
 */
class ProgrammeTransferTest {
    private static final MentoringSlot MENTORING = new MentoringSlot(java.time.LocalDateTime.parse("2027-09-03T10:00"),
            MentoringMode.ONLINE, "https://meet.example.org/gender-budgeting");
    private static final String DELEGATE_EMAIL = "focal.point@example.org";
    private static final byte[] GUIDE_PDF = "%PDF-1.4\n% a guide to gender budget tagging\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    /** Every table a programme fills, counted in both databases. */
    private static final List<String> TABLES = List.of("programme", "programme_language", "programme_result_level", "programme_tag", "programme_term",
            "sponsor", "cohort", "cohort_sponsor", "cohort_trainer", "nap_event", "delegation", "participant", "curriculum_module",
            "training_session", "training_session_trainer", "attendance", "session_feedback", "roadmap", "result_node", "budget_line",
            "indicator", "indicator_period", "measurement", "progress_report", "progress_report_evidence", "status_change",
            "assistance_request", "mentoring_note", "certificate", "user_account_programme", "module_resource",
            "module_resource_language", "module_resource_file", "roadmap_endorsement", "committee_seat");
    /** The fields that hold keys: the element's own, and references to others. */
    private static final Set<String> KEY_FIELDS = Set.of("key", "cohort", "delegation", "participant", "module", "node", "topic",
            "request", "draftedIn", "sponsors", "actuals", "assignedTo", "electedAt");
    private static final String REVIEW_COMMENT = "Please attach the minutes of the coordination meeting";
    private static final String CERTIFICATE_CODE = "ABCD-EFGH-JKLM";

    private static MigratedDatabase a;
    private static MigratedDatabase b;
    private static String documentA;
    private static String documentB;
    private static ImportedProgramme imported;

    @BeforeAll
    static void export_the_demo_import_it_elsewhere_and_export_it_again() {
        a = MigratedDatabase.withoutCache();
        a.inTransaction(em -> DemoAcademy.academyOnly(password -> "not-hashed").loadIfEmpty(new JpaDemoDataSink(em)));
        a.inTransaction(ProgrammeTransferTest::addAReturnedReportAndACertificate);
        documentA = export(a);
        keepForInspection("demo-programme.json", documentA);
        b = MigratedDatabase.withoutCache();
        imported = importInto(b, documentA);
        documentB = export(b);
    }

    @AfterAll
    static void disconnect() {
        a.close();
        b.close();
    }

    @Test
    void the_document_exported_from_the_imported_programme_equals_the_first_once_keys_are_renumbered() {
        assertThat(normalised(documentB)).isEqualTo(normalised(documentA));
    }

    @Test
    void a_gathering_s_programme_moves_with_its_words_tags_shared_roadmap_endorsements_and_assignments() {
        try (var full = MigratedDatabase.withoutCache(); var empty = MigratedDatabase.withoutCache()) {
            full.inTransaction(em -> new DemoAcademy(password -> "not-hashed").loadIfEmpty(new JpaDemoDataSink(em)));
            var network = export(full, "Parliamentary network on security in the Americas");
            assertThat(network).contains("\"vocabulary\"", "\"TRANSNATIONAL_ORGANISED_CRIME\"", "\"endorsements\"", "\"assignedTo\"",
                    "\"adoptedOn\":\"2025-11-28\"");
            var counts = importInto(empty, network).counts();
            assertThat(counts).containsEntry("roadmaps", 1).containsEntry("delegations", 8);
            var again = export(empty, "Parliamentary network on security in the Americas");
            keepForInspection("network-programme.json", network);
            keepForInspection("network-programme-again.json", again);
            assertThat(normalised(again)).isEqualTo(normalised(network));
            assertThat(rows(empty, "roadmap_endorsement")).isEqualTo(8);
            assertThat(rows(empty, "programme_term")).isEqualTo(11);
            assertThat(rows(empty, "committee_seat")).as("the executive committee").isEqualTo(8);
        }
    }

    @Test
    void a_document_of_version_1_still_imports_its_wps_pillars_becoming_the_programme_s_tags() {
        var root = Json.createReader(new StringReader(documentA)).readObject();
        var programme = root.getJsonObject("programme");
        var template = programme.getJsonObject("template");
        var pillars = Json.createArrayBuilder();
        template.getJsonArray("tags").forEach(tag -> pillars.add(tag.asJsonObject().getString("code")));
        var oldProgramme = Json.createObjectBuilder(programme).remove("vocabulary")
                .add("template", Json.createObjectBuilder(template).remove("tags").add("pillars", pillars));
        var version1 = (JsonObject) asVersion1(Json.createObjectBuilder(root).add("version", 1).add("programme", oldProgramme).build());
        assertThat(version1.toString()).doesNotContain("\"tag\"").contains("\"pillar\":\"PARTICIPATION\"");

        try (var empty = MigratedDatabase.create(Map.of())) {
            importInto(empty, version1.toString());
            empty.read(em -> {
                var imported = em.createQuery("select p from Programme p", Programme.class).getSingleResult();
                assertThat(imported.template().tags()).extracting(t -> t.code() + "=" + t.labelIn(java.util.Locale.forLanguageTag("es")))
                        .containsExactly("PARTICIPATION=Participación", "PREVENTION=Prevención", "PROTECTION=Protección",
                                "RELIEF_AND_RECOVERY=Socorro y recuperación");
                assertThat(em.createQuery("select count(n) from ResultNode n where n.tag is null", Long.class).getSingleResult()).isZero();
            });
        }
    }

    /** Renames every node's "tag" back to "pillar", as version 1 wrote it. */
    private static JsonValue asVersion1(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                var object = Json.createObjectBuilder();
                ((JsonObject) value).forEach((name, inner) -> object.add(name.equals("tag") ? "pillar" : name, asVersion1(inner)));
                yield object.build();
            }
            case ARRAY -> {
                var array = Json.createArrayBuilder();
                ((JsonArray) value).forEach(inner -> array.add(asVersion1(inner)));
                yield array.build();
            }
            default -> value;
        };
    }

    @Test
    void every_table_of_the_programme_holds_as_many_rows_in_both_databases() {
        for (var table : TABLES) assertThat(rows(b, table)).as(table).isEqualTo(rows(a, table));
        // the administrator is not tied to the programme, so only they stay behind
        assertThat(rows(b, "user_account")).isEqualTo(rows(a, "user_account") - 1);
    }

    @Test
    void the_import_counts_what_it_created_per_kind() {
        assertThat(imported.programmeName()).isEqualTo(DemoAcademy.PROGRAMME_NAME);
        assertThat(imported.counts()).containsEntry("programmes", 1).containsEntry("cohorts", 2).containsEntry("certificates", 1)
                .containsEntry("participants", (int) rows(a, "participant")).containsEntry("measurements", (int) rows(a, "measurement"))
                .containsEntry("users", (int) rows(a, "user_account") - 1);
    }

    @Test
    void a_certificate_code_still_verifies_for_the_same_participant() {
        b.read(em -> {
            var certificate = em.createQuery("select c from Certificate c where c.code = ?1", Certificate.class)
                    .setParameter(1, CERTIFICATE_CODE).getSingleResult();
            assertThat(certificate.participant().fullName()).isEqualTo(certificateHolder(a));
            assertThat(certificate.issuedAt()).isEqualTo(Instant.parse("2024-05-20T12:00:00Z"));
        });
    }

    @Test
    void measurements_by_sex_and_a_review_comment_come_across() {
        b.read(em -> {
            assertThat(femaleValues(em)).isNotEmpty().isEqualTo(femaleValues(emOf(a)));
            var returned = em.createQuery("select r from ProgressReport r where r.reviewComment is not null", ProgressReport.class).getResultList();
            assertThat(returned).singleElement().satisfies(report -> {
                assertThat(report.reviewComment()).contains(REVIEW_COMMENT);
                assertThat(report.reviewerName()).contains("Academy trainer");
                assertThat(report.status().name()).isEqualTo("RETURNED");
            });
        });
    }

    @Test
    void a_mentoring_session_a_closing_time_and_an_email_address_come_across() {
        b.read(em -> {
            var requests = em.createQuery("select r from AssistanceRequest r order by r.id", AssistanceRequest.class).getResultList();
            assertThat(requests.get(0).mentoringSession()).contains(MENTORING);
            assertThat(requests.get(requests.size() - 1).closedAt()).isPresent();
            assertThat(em.createQuery("select u from UserAccount u where u.username = 'delegate.jm'", UserAccount.class)
                    .getSingleResult().email()).contains(DELEGATE_EMAIL);
        });
    }

    @Test
    void an_uploaded_file_of_a_module_library_comes_across_byte_for_byte_and_stays_retired() {
        b.read(em -> {
            var guide = em.createQuery("select r from ModuleResource r where r.fileName is not null", ModuleResource.class).getSingleResult();
            assertThat(guide.isRetired()).isTrue();
            assertThat(guide.languages()).containsExactly("en", "es");
            var file = em.createQuery("select f from ResourceFile f where f.resource = ?1", ResourceFile.class).setParameter(1, guide)
                    .getSingleResult();
            assertThat(file.content()).isEqualTo(GUIDE_PDF);
        });
    }

    @Test
    void imported_users_have_no_password_and_wait_for_an_administrator() {
        b.read(em -> {
            var users = em.createQuery("select u from UserAccount u", UserAccount.class).getResultList();
            assertThat(users).isNotEmpty().allSatisfy(user -> {
                assertThat(user.isActive()).isFalse();
                assertThat(user.passwordHash()).isEqualTo(UserKind.NO_PASSWORD);
            });
            assertThat(users).extracting(UserAccount::username).contains("trainer", "sponsor", "delegate.ec").doesNotContain("admin");
        });
        assertThat(documentA).doesNotContain("not-hashed");
    }

    @Test
    void a_programme_whose_name_the_database_holds_is_refused_and_nothing_is_added() {
        var before = rows(b, "cohort");
        assertThatThrownBy(() -> importInto(b, documentA)).isInstanceOf(ProgrammeImportRefused.class)
                .hasMessageContaining(DemoAcademy.PROGRAMME_NAME);
        assertThat(rows(b, "cohort")).isEqualTo(before);
    }

    @Test
    void an_unknown_version_is_refused() {
        try (var empty = MigratedDatabase.create(Map.of())) {
            var later = documentA.replaceFirst("\"version\":2", "\"version\":3");
            assertThatThrownBy(() -> importInto(empty, later)).isInstanceOf(ProgrammeImportRefused.class).hasMessageContaining("version");
            var other = documentA.replaceFirst("napacademy-programme", "something-else");
            assertThatThrownBy(() -> importInto(empty, other)).isInstanceOf(ProgrammeImportRefused.class).hasMessageContaining("format");
            assertThat(rows(empty, "programme")).isZero();
        }
    }

    @Test
    void a_truncated_or_malformed_document_stores_nothing() {
        try (var empty = MigratedDatabase.create(Map.of())) {
            // cut inside the roadmaps, long after the programme, cohorts and sessions were rebuilt
            var truncated = documentA.substring(0, documentA.indexOf("\"progressReports\""));
            assertThatThrownBy(() -> importInto(empty, truncated)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("JSON");
            var broken = documentA.replace("\"sessions\":[", "\"sessions\":[{\"key\":\"1\",\"cohort\":\"no-such-cohort\"},");
            assertThatThrownBy(() -> importInto(empty, broken)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("sessions");
            assertThatThrownBy(() -> importInto(empty, "[1, 2]")).isInstanceOf(IllegalArgumentException.class);
            for (var table : List.of("programme", "cohort", "training_session", "participant", "user_account", "sponsor"))
                assertThat(rows(empty, table)).as(table).isZero();
        }
    }

    @Test
    void the_document_holds_no_password_hash_or_token() {
        assertThat(documentA).doesNotContain("not-hashed");
        var users = Json.createReader(new StringReader(documentA)).readObject().getJsonArray("users");
        assertThat(users.getValuesAs(JsonObject.class)).allSatisfy(user -> assertThat(user.keySet())
                .isSubsetOf("key", "displayName", "roles", "delegation", "sponsorsProgramme", "preferredLanguage", "email"));
    }

    // set-up -------------------------------------------------------------------------------------------------

    /**
     * The demo has neither a returned report nor a certificate, no mentoring session, no closed request and no
     * e-mail address; the round trip must carry them all.
     */
    private static Void addAReturnedReportAndACertificate(EntityManager em) {
        var requests = em.createQuery("select r from AssistanceRequest r order by r.id", AssistanceRequest.class).getResultList();
        requests.get(0).scheduleMentoring(MENTORING);
        var closed = requests.get(requests.size() - 1);
        closed.close(closed.raisedAt().plusSeconds(86_400));
        em.createQuery("select u from UserAccount u where u.username = 'delegate.jm'", UserAccount.class).getSingleResult()
                .changeEmail(DELEGATE_EMAIL);
        var module = em.createQuery("select m from Module m order by m.id", Module.class).setMaxResults(1).getSingleResult();
        var guide = ModuleResource.file(module, ResourceKind.GUIDE, new LocalizedText("Budget tagging guide", "Guía de etiquetado", null, null),
                null, Set.of("en", "es"), FileType.PDF, "guide.pdf", GUIDE_PDF.length, "trainer", Instant.parse("2025-07-01T09:00:00Z"));
        guide.retire("trainer", Instant.parse("2025-10-01T09:00:00Z"));
        em.persist(guide);
        em.persist(new ResourceFile(guide, GUIDE_PDF));
        var delegation = em.createQuery("select d from Delegation d where d.country.iso2 = 'JM'", Delegation.class).getSingleResult();
        var report = new ProgressReport(delegation, DateRange.of(java.time.LocalDate.parse("2025-06-01"), java.time.LocalDate.parse("2025-11-30")));
        report.writeNarrative("Drafting committee met twice", null, "Validate the draft");
        report.submit(Instant.parse("2025-12-05T09:00:00Z"));
        report.returnForCorrection("Academy trainer", REVIEW_COMMENT, Instant.parse("2025-12-08T15:30:00Z"));
        em.persist(report);
        var participant = delegation.participants().get(0);
        var held = em.createQuery("select count(s) from Session s where s.cohort = ?1", Long.class).setParameter(1, delegation.cohort()).getSingleResult();
        em.persist(new Certificate(participant, delegation.cohort(), CERTIFICATE_CODE, Instant.parse("2024-05-20T12:00:00Z"), held.intValue(), held.intValue()));
        return null;
    }

    /** The demo's document, to read when a change of the format needs checking by eye. */
    private static void keepForInspection(String fileName, String document) {
        try {
            Files.writeString(Path.of("target", fileName), document);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static String certificateHolder(MigratedDatabase database) {
        return database.inTransaction(em -> em.createQuery("select c from Certificate c where c.code = ?1", Certificate.class)
                .setParameter(1, CERTIFICATE_CODE).getSingleResult().participant().fullName());
    }

    private static List<String> femaleValues(EntityManager em) {
        return em.createQuery("select m from Measurement m where m.sex = ?1 order by m.asOf, m.kind, m.value", Measurement.class)
                .setParameter(1, Sex.FEMALE).getResultList().stream()
                .map(m -> m.kind() + " " + m.value().map(BigDecimal::toPlainString).orElse("-") + " " + m.asOf()).toList();
    }

    private static EntityManager emOf(MigratedDatabase database) { return database.factory().createEntityManager(); }

    private static String export(MigratedDatabase database) { return export(database, DemoAcademy.PROGRAMME_NAME); }

    private static String export(MigratedDatabase database, String programmeName) {
        return database.inTransaction(em -> {
            var programme = em.createQuery("select p from Programme p where p.name = ?1", Programme.class)
                    .setParameter(1, programmeName).getSingleResult();
            var out = new ByteArrayOutputStream();
            new JsonProgrammeTransfer(em, CLOCK).write(programme, out);
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    private static ImportedProgramme importInto(MigratedDatabase database, String document) {
        return database.inTransaction(em -> new JsonProgrammeTransfer(em, CLOCK)
                .read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
    }

    private static long rows(MigratedDatabase database, String table) {
        return database.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    // normalising ---------------------------------------------------------------------------------------------

    /** The document without its export time, each key replaced by its number in order of first appearance. */
    private static JsonValue normalised(String document) {
        var root = Json.createReader(new StringReader(document)).readObject();
        var builder = Json.createObjectBuilder(root).remove(ProgrammeDocument.EXPORTED_AT_FIELD);
        return renumber(builder.build(), null, new HashMap<>());
    }

    private static JsonValue renumber(JsonValue value, String field, Map<String, String> numbers) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                var object = Json.createObjectBuilder();
                ((JsonObject) value).forEach((name, inner) -> object.add(name, renumber(inner, name, numbers)));
                yield object.build();
            }
            case ARRAY -> {
                var array = Json.createArrayBuilder();
                ((JsonArray) value).forEach(inner -> array.add(renumber(inner, field, numbers)));
                yield array.build();
            }
            case STRING -> KEY_FIELDS.contains(field)
                    ? Json.createValue("#" + numbers.computeIfAbsent(((JsonString) value).getString(), k -> String.valueOf(numbers.size() + 1)))
                    : value;
            default -> value;
        };
    }
}
