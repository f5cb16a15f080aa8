package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix (issue 5): every operation of the OpenAPI document, for every kind of actor,
 * answers as {@link #TABLE} says, on the demo data. An operation missing from the table fails the test, so
 * a new endpoint cannot escape it. Writes carry a stale {@code If-Match}, so an allowed write answers 412
 * and changes nothing; creations carry a valid body, so an allowed actor is never refused for the body.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String STALE = "\"999999\"";

    /** The actors by the letter the table uses; the anonymous visitor is refused everything (401) but rows marked "*". */
    private static final Map<Character, String> ACTORS = actors();

    /**
     * One line per operation: method, path template | who may (a admin, t trainer, s sponsor, e delegate.ec of
     * Ecuador's own delegation, b delegate.bo of another delegation of the same cohort, x delegate.tt of another
     * cohort) | which demo object fills each path parameter | a sample body (${name} is a demo object's id).
     * "*" as who may: everyone, the anonymous visitor too (only the public verification of a certificate's code).
     * "(404)" after who may: the others are answered 404, as the object is not among theirs (personal
     * API tokens). The user whose account the /users rows touch is delegate.jm, not one of the actors.
     * The objects are Ecuador's (its delegation, submitted roadmap, nodes, indicators, participants, requests)
     * and the 2025 Panama City cohort's; the progress report is Costa Rica's (Ecuador has none yet), which
     * all three delegates are refused.
     */
    static final String TABLE = """
            GET    /api/v1/assistance-requests                      | a t s e b x |  |
            GET    /api/v1/assistance-requests/{id}                 | a t e       | id=request |
            PUT    /api/v1/assistance-requests/{id}/mentoring-session | a t       | id=request | {"startsAt":"2027-03-10T10:00:00","mode":"ONLINE"}
            POST   /api/v1/assistance-requests/{id}/close           | a t         | id=request | {}
            POST   /api/v1/assistance-requests/{id}/answer          | a t         | id=request | {"answer":"Matrix answer"}
            GET    /api/v1/cohorts                                  | a t s e b x |  |
            POST   /api/v1/cohorts                                  | a t         |  | {"programmeId":${programme},"name":"Matrix cohort","city":"Lima","countryCode":"PE","startDate":"2027-03-01","endDate":"2027-03-05"}
            GET    /api/v1/cohorts/{id}                             | a t s e b   | id=cohort |
            PUT    /api/v1/cohorts/{id}                             | a t         | id=cohort | {"name":"2025 Panama City","city":"Panama City","countryCode":"PA","startDate":"2025-06-24","endDate":"2025-06-26"}
            DELETE /api/v1/cohorts/{id}                             | a t         | id=cohort |
            GET    /api/v1/cohorts/{id}/certificates                | a t         | id=cohort |
            POST   /api/v1/cohorts/{id}/certificates                | a t         | id=cohort |
            GET    /api/v1/cohorts/{id}/exports/certificates        | a t         | id=cohort |
            GET    /api/v1/certificates/{code}                      | *           | code=certificate |
            GET    /api/v1/cohorts/{id}/delegations                 | a t s e b   | id=cohort |
            POST   /api/v1/cohorts/{id}/delegations                 | a t         | id=cohort | {"countryCode":"AR"}
            GET    /api/v1/cohorts/{id}/exports/{format}            | a t         | id=cohort format=csv |
            GET    /api/v1/cohorts/{id}/sessions                    | a t s e b   | id=cohort |
            POST   /api/v1/cohorts/{id}/sessions                    | a t         | id=cohort | {"moduleId":${module},"startsAt":"2025-06-25T14:00:00","endsAt":"2025-06-25T15:00:00","room":"Matrix room"}
            POST   /api/v1/cohorts/{id}/status                      | a t         | id=cohort | {"status":"CLOSED"}
            PUT    /api/v1/cohorts/{id}/trainers                    | a t         | id=cohort | ["trainer"]
            GET    /api/v1/cohorts/{cohortId}/outcomes              | a t s       | cohortId=cohort |
            GET    /api/v1/countries                                | a t s e b x |  |
            GET    /api/v1/countries/{code}                         | a t s e b x | code=country |
            GET    /api/v1/countries/{code}/nap-events              | a t s e b x | code=country |
            POST   /api/v1/countries/{code}/nap-events              | a t         | code=country | {"type":"REVIEWED","generation":1,"year":2026,"note":"Matrix review"}
            GET    /api/v1/countries/{code}/nap-events/{eventId}    | a t s e b x | code=country eventId=napEvent |
            GET    /api/v1/delegations/{delegationId}/assistance-requests | a t e | delegationId=delegation |
            POST   /api/v1/delegations/{delegationId}/assistance-requests | a e   | delegationId=delegation | {"raisedBy":"Matrix","text":"Matrix request","urgency":"LOW"}
            GET    /api/v1/delegations/{delegationId}/mentoring-notes | a t e     | delegationId=delegation |
            POST   /api/v1/delegations/{delegationId}/mentoring-notes | a t       | delegationId=delegation | {"date":"2025-09-01","note":"Matrix note"}
            GET    /api/v1/delegations/{delegationId}/progress-reports | a t e    | delegationId=delegation |
            POST   /api/v1/delegations/{delegationId}/progress-reports | a e      | delegationId=delegation | {"periodStart":"2025-07-01","periodEnd":"2025-09-30","achievements":"Matrix"}
            GET    /api/v1/delegations/{delegationId}/reporting-periods | a t e   | delegationId=delegation |
            GET    /api/v1/delegations/{delegationId}/roadmap       | a t e       | delegationId=delegation |
            GET    /api/v1/delegations/{id}                         | a t s e b   | id=delegation |
            DELETE /api/v1/delegations/{id}                         | a t         | id=delegation |
            GET    /api/v1/delegations/{id}/participants            | a t e       | id=delegation |
            POST   /api/v1/delegations/{id}/participants            | a t         | id=delegation | {"givenName":"Matrix","familyName":"Tester","institutionName":"Ministry","institutionType":"GOVERNMENT","sex":"FEMALE"}
            POST   /api/v1/delegations/{id}/imports/participants    | a t         | id=delegation |
            POST   /api/v1/roadmaps/{id}/imports/actuals            | a e         | id=roadmap |
            GET    /api/v1/indicators/{id}                          | a t e       | id=indicator |
            PUT    /api/v1/indicators/{id}                          | a e         | id=indicator | {"title":"Matrix indicator","disaggregatedBySex":false}
            DELETE /api/v1/indicators/{id}                          | a e         | id=indicator |
            GET    /api/v1/indicators/{id}/periods                  | a t e       | id=indicator |
            POST   /api/v1/indicators/{id}/periods                  | a e         | id=indicator | {"startDate":"2030-01-01","endDate":"2030-12-31"}
            GET    /api/v1/measurements/{id}                        | a t e       | id=measurement |
            DELETE /api/v1/measurements/{id}                        | a e         | id=measurement |
            GET    /api/v1/mentoring-notes/{id}                     | a t e       | id=note |
            GET    /api/v1/modules                                  | a t s e b x |  |
            POST   /api/v1/modules                                  | a t         |  | {"programmeId":${programme},"code":"MATRIX","title":{"en":"Matrix"},"durationMinutes":60,"displayOrder":99}
            GET    /api/v1/modules/{id}                             | a t s e b x | id=module |
            PUT    /api/v1/modules/{id}                             | a t         | id=module | {"title":{"en":"Matrix"},"durationMinutes":60,"displayOrder":99}
            DELETE /api/v1/modules/{id}                             | a t         | id=module |
            GET    /api/v1/modules/{id}/resources                   | a t s e b x | id=module |
            POST   /api/v1/modules/{id}/resources                   | a t         | id=module | {"kind":"LINK","title":{"en":"Matrix link"},"languages":["en"],"url":"https://www.unwomen.org/"}
            POST   /api/v1/modules/{id}/resources/uploads           | a t         | id=module | {"matrix":"not a document, so 415 for those allowed"}
            GET    /api/v1/module-resources/{id}                    | a t s e b x | id=resource |
            PUT    /api/v1/module-resources/{id}                    | a t         | id=resource | {"kind":"LINK","title":{"en":"Matrix"},"languages":["en"],"url":"https://www.unwomen.org/"}
            POST   /api/v1/module-resources/{id}/retirement         | a t         | id=resource |
            DELETE /api/v1/module-resources/{id}/retirement         | a t         | id=resource |
            GET    /api/v1/module-resources/{id}/file               | a t s e b x | id=resource |
            GET    /api/v1/nodes/{id}                               | a t e       | id=node |
            PUT    /api/v1/nodes/{id}                               | a e         | id=node | {"title":"Matrix node","tag":"PARTICIPATION","startDate":"2025-07-01","endDate":"2027-06-30","status":"ON_TRACK"}
            DELETE /api/v1/nodes/{id}                               | a e         | id=node |
            PUT    /api/v1/nodes/{id}/budget-lines                  | a e         | id=node | {"lines":[]}
            GET    /api/v1/nodes/{id}/indicators                    | a t e       | id=node |
            POST   /api/v1/nodes/{id}/indicators                    | a e         | id=node | {"title":"Matrix indicator","unit":"NUMBER","ascending":true}
            POST   /api/v1/nodes/{id}/move                          | a e         | id=node | {"newParentId":${node}}
            GET    /api/v1/participants/{id}                        | a t e       | id=participant |
            GET    /api/v1/participants/{id}/certificate            | a t e       | id=participant |
            PUT    /api/v1/participants/{id}                        | a t         | id=participant | {"givenName":"Matrix","familyName":"Tester","institutionName":"Ministry","institutionType":"GOVERNMENT","sex":"FEMALE"}
            DELETE /api/v1/participants/{id}                        | a t         | id=participant |
            GET    /api/v1/periods/{id}                             | a t e       | id=period |
            PUT    /api/v1/periods/{id}                             | a e         | id=period | {"targets":[]}
            DELETE /api/v1/periods/{id}                             | a e         | id=period |
            GET    /api/v1/periods/{id}/measurements                | a t e       | id=period |
            POST   /api/v1/periods/{id}/measurements                | a e         | id=period | {"kind":"ACTUAL","value":1,"asOf":"2025-08-01","comment":"Matrix"}
            GET    /api/v1/programmes                               | a t s e b x |  |
            POST   /api/v1/programmes                               | a           |  | {"name":"Matrix programme","languages":["en"]}
            GET    /api/v1/programmes/{id}                          | a t s e b x | id=programme |
            GET    /api/v1/programmes/summaries                     | a t s e b x |  |
            PUT    /api/v1/programmes/{id}                          | a           | id=programme | {"name":"Matrix programme","languages":["en"]}
            DELETE /api/v1/programmes/{id}                          | a           | id=programme |
            GET    /api/v1/programmes/{programmeId}/outcomes        | a t s       | programmeId=programme |
            GET    /api/v1/programmes/{programmeId}/committee       | a t s e b x | programmeId=programme |
            POST   /api/v1/programmes/{programmeId}/committee       | a t         | programmeId=programme | {"role":"MEMBER","countryIso2":"PE","termStart":"2025-06-26","termEnd":"2027-06-25","electedAtCohortId":${cohort}}
            PUT    /api/v1/committee-seats/{id}                     | a t         | id=committeeSeat | {"role":"SECRETARY","countryIso2":"PA","termStart":"2025-06-26","termEnd":"2027-06-25","electedAtCohortId":${cohort}}
            DELETE /api/v1/committee-seats/{id}                     | a t         | id=committeeSeat |
            GET    /api/v1/programmes/{programmeId}/reporting-calendar | a t s e b x | programmeId=programme |
            GET    /api/v1/programmes/{programmeId}/words           | a t s e b x | programmeId=programme |
            GET    /api/v1/programmes/{id}/export                   | a           | id=programme |
            POST   /api/v1/programme-imports                        | a           |  | {"format":"napacademy-programme","version":99}
            PUT    /api/v1/programmes/{programmeId}/reporting-calendar | a t      | programmeId=programme | {"intervalMonths":3,"months":12}
            GET    /api/v1/progress-reports/{id}                    | a t         | id=costaRicaReport |
            GET    /api/v1/progress-reports/{id}/changes            | a t         | id=costaRicaReport |
            PUT    /api/v1/progress-reports/{id}                    | a           | id=costaRicaReport | {"achievements":"Matrix"}
            POST   /api/v1/progress-reports/{id}/review             | a t         | id=costaRicaReport | {"decision":"ACCEPTED"}
            POST   /api/v1/progress-reports/{id}/submission         | a           | id=costaRicaReport |
            GET    /api/v1/roadmaps                                 | a t s e b x |  |
            GET    /api/v1/roadmaps/{id}                            | a t e       | id=roadmap |
            PUT    /api/v1/roadmaps/{id}                            | a e         | id=roadmap | {"title":"Matrix roadmap"}
            GET    /api/v1/roadmaps/{id}/exports/{format}           | a t e       | id=roadmap format=pdf |
            GET    /api/v1/roadmaps/{id}/nodes                      | a t e       | id=roadmap |
            POST   /api/v1/roadmaps/{id}/nodes                      | a e         | id=roadmap | {"level":"GOAL","title":"Matrix goal","tag":"PARTICIPATION","startDate":"2026-01-01","endDate":"2026-12-31"}
            GET    /api/v1/roadmaps/{id}/progress                   | a t e       | id=roadmap |
            PUT    /api/v1/roadmaps/{id}/sharing                    | a e         | id=roadmap | {"shared":true}
            POST   /api/v1/roadmaps/{id}/status                     | a t         | id=roadmap | {"status":"ENDORSED"}
            GET    /api/v1/sessions/{id}                            | a t s e b   | id=session |
            PUT    /api/v1/sessions/{id}                            | a t         | id=session | {"startsAt":"2025-06-24T09:00:00","endsAt":"2025-06-24T12:30:00"}
            DELETE /api/v1/sessions/{id}                            | a t         | id=session |
            GET    /api/v1/sessions/{id}/attendance                 | a t         | id=session |
            PUT    /api/v1/sessions/{id}/attendance                 | a t         | id=session | [{"participantId":${participant},"status":"PRESENT"}]
            GET    /api/v1/sessions/{id}/feedback                   | a t         | id=session |
            POST   /api/v1/sessions/{id}/feedback                   | a t         | id=session | {"rating":4,"comment":"Matrix"}
            GET    /api/v1/sessions/{id}/feedback/{feedbackId}      | a t         | id=feedbackSession feedbackId=feedback |
            GET    /api/v1/roadmaps/{id}/history                    | a t e       | id=roadmap |
            GET    /api/v1/nodes/{id}/history                       | a t e       | id=node |
            GET    /api/v1/users                                    | a           |  |
            POST   /api/v1/users                                    | a           |  | {"username":"matrix.user","displayName":"Matrix user","password":"matrix-password-1","roles":["TRAINER"]}
            GET    /api/v1/users/{id}                               | a           | id=user |
            PUT    /api/v1/users/{id}                               | a           | id=user | {"displayName":"Matrix","roles":["DELEGATE"],"active":true}
            PUT    /api/v1/users/{id}/password                      | a           | id=user | {"password":"matrix-password-1"}
            GET    /api/v1/me                                       | a t s e b x |  |
            PUT    /api/v1/me/language                              | a t s e b x |  | {"language":"en"}
            PUT    /api/v1/me/password                              | a t s e b x |  | {"currentPassword":"not-the-password","newPassword":"matrix-password-1"}
            GET    /api/v1/me/tokens                                | a t s e b x |  |
            POST   /api/v1/me/tokens                                | a t s e b x |  | {"name":"Matrix token","expiresInDays":1}
            GET    /api/v1/me/tokens/{id}                           | a (404)     | id=adminToken |
            DELETE /api/v1/me/tokens/{id}                           | a (404)     | id=spareAdminToken |
            GET    /api/v1/me/reminders                             | a t s e b x |  |
            PUT    /api/v1/me/email                                 | a t s e b x |  | {"email":"matrix@example.org"}
            GET    /api/v1/delegations/{delegationId}/reminders     | a t e       | delegationId=delegation |
            POST   /api/v1/reminders/digest                         | a           |  |
            POST   /api/v1/admin/backups                            | a           |  |
            GET    /api/v1/admin/backups                            | a           |  |
            GET    /api/v1/admin/backups/{name}                     | a           | name=backup |
            POST   /api/v1/cohorts/{id}/shared-roadmap              | a t         | id=cohort | {"title":"Matrix shared roadmap"}
            GET    /api/v1/cohorts/{id}/shared-roadmap              | a t e b     | id=cohort |
            POST   /api/v1/roadmaps/{id}/adoption                   | a t         | id=sharedRoadmap | {"adoptedOn":"2025-06-26"}
            POST   /api/v1/roadmaps/{id}/endorsements               | a t e       | id=sharedRoadmap | {"delegationId":${delegation},"endorsedOn":"2025-06-26"}
            DELETE /api/v1/roadmaps/{id}/endorsements/{delegationId} | a t e      | id=sharedRoadmap delegationId=delegation |
            """;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive war() {
        return AcademyWar.asBuilt();
    }

    @Test
    void every_operation_answers_every_actor_as_the_table_says() {
        var rows = rows();
        var documented = operations();
        assertThat(rows.keySet()).as("operations of the OpenAPI document missing from the table")
                .containsAll(documented);
        assertThat(documented).as("table rows for operations the OpenAPI document does not have").containsAll(rows.keySet());

        var demo = demoObjects();
        var failures = new ArrayList<String>();
        int cases = 0;
        for (var row : rows.values()) {
            var path = row.path(demo);
            var body = row.body(demo);
            for (var actor : ACTORS.entrySet()) {
                var status = send(actor.getValue(), row.method(), path, body).statusCode();
                cases++;
                var allowed = row.isPublic() || row.may().indexOf(actor.getKey()) >= 0;
                if (allowed ? !isAllowed(status) : status != row.refusal())
                    failures.add(row.method() + " " + path + " as " + actor.getValue() + ": " + status
                            + (allowed ? " but it is allowed" : " but it is refused (" + row.refusal() + ")"));
            }
            var anonymous = send(null, row.method(), path, body).statusCode();
            cases++;
            if (row.isPublic() ? !isAllowed(anonymous) : anonymous != 401)
                failures.add(row.method() + " " + path + " anonymously: " + anonymous + (row.isPublic() ? " but it is public" : " instead of 401"));
        }
        System.out.println("AccessMatrixIT: " + rows.size() + " operations x " + (ACTORS.size() + 1) + " actors = " + cases + " cases checked");
        assertThat(failures).as(cases + " cases").isEmpty();
    }

    @Test
    void a_roadmap_shared_with_the_cohort_is_read_by_its_delegations_but_never_changed_nor_its_personal_data_read() {
        var demo = demoObjects();
        var roadmap = "/api/v1/roadmaps/" + demo.get("roadmap");
        assertThat(send("delegate.bo", "GET", roadmap, null).statusCode()).isEqualTo(403);
        share("delegate.ec", roadmap, true);
        try {
            assertThat(json(send("delegate.bo", "GET", roadmap, null)).asJsonObject().getBoolean("sharedWithCohort")).isTrue();
            for (var readable : List.of(roadmap + "/nodes", roadmap + "/progress", roadmap + "/exports/pdf",
                    "/api/v1/nodes/" + demo.get("node"), "/api/v1/indicators/" + demo.get("indicator"),
                    "/api/v1/measurements/" + demo.get("measurement")))
                assertThat(send("delegate.bo", "GET", readable, null).statusCode()).as(readable).isEqualTo(200);
            for (var personal : List.of("/api/v1/delegations/" + demo.get("delegation") + "/participants",
                    "/api/v1/delegations/" + demo.get("delegation") + "/progress-reports",
                    "/api/v1/delegations/" + demo.get("delegation") + "/assistance-requests",
                    "/api/v1/participants/" + demo.get("participant")))
                assertThat(send("delegate.bo", "GET", personal, null).statusCode()).as(personal).isEqualTo(403);
            assertThat(send("delegate.bo", "PUT", roadmap, "{\"title\":\"Taken over\"}").statusCode()).isEqualTo(403);
            assertThat(send("delegate.bo", "PUT", roadmap + "/sharing", "{\"shared\":false}").statusCode()).isEqualTo(403);
            assertThat(send("delegate.tt", "GET", roadmap, null).statusCode()).as("another cohort").isEqualTo(403);
            assertThat(send("sponsor", "GET", roadmap, null).statusCode()).as("not endorsed").isEqualTo(403);
        } finally {
            share("delegate.ec", roadmap, false);
        }
        assertThat(send("delegate.bo", "GET", roadmap, null).statusCode()).isEqualTo(403);
    }

    @Test
    void a_sponsor_reads_endorsed_roadmaps_and_aggregates_of_their_programme_but_no_personal_data() {
        var demo = demoObjects();
        var cohort = "/api/v1/cohorts/" + demo.get("cohort");
        assertThat(send("sponsor", "GET", "/api/v1/roadmaps/" + demo.get("endorsedRoadmap"), null).statusCode()).isEqualTo(200);
        assertThat(send("sponsor", "GET", "/api/v1/roadmaps/" + demo.get("endorsedRoadmap") + "/exports/pdf", null).statusCode())
                .isEqualTo(200);
        assertThat(send("sponsor", "GET", "/api/v1/roadmaps/" + demo.get("roadmap"), null).statusCode()).isEqualTo(403);
        assertThat(send("sponsor", "GET", cohort + "/exports/pdf", null).statusCode()).isEqualTo(200);
        assertThat(send("sponsor", "GET", cohort + "/exports/ics", null).statusCode()).isEqualTo(200);
        assertThat(send("sponsor", "GET", cohort + "/exports/xlsx", null).statusCode()).isEqualTo(403);
        assertThat(send("sponsor", "GET", cohort + "/outcomes", null).statusCode()).isEqualTo(200);
        // the outcome report is the sponsors' and trainers', not the delegations'; the calendar is everyone's
        assertThat(send("delegate.ec", "GET", cohort + "/exports/pdf", null).statusCode()).isEqualTo(403);
        assertThat(send("delegate.ec", "GET", cohort + "/exports/ics", null).statusCode()).isEqualTo(200);
        assertThat(send("sponsor", "GET", "/api/v1/sessions/" + demo.get("session") + "/attendance", null).statusCode()).isEqualTo(403);
        assertThat(send("sponsor", "GET", "/api/v1/assistance-requests/" + demo.get("request"), null).statusCode()).isEqualTo(403);
    }

    @Test
    void lists_show_each_actor_only_the_cohorts_they_may_read() {
        assertThat(cohortNames("delegate.ec")).containsExactly("2025 Panama City");
        assertThat(cohortNames("delegate.tt")).containsExactly("2024 Port of Spain");
        assertThat(cohortNames("sponsor")).contains("2025 Panama City", "2024 Port of Spain");
        assertThat(cohortNames("admin")).contains("2025 Panama City", "2024 Port of Spain");
    }

    // the table --------------------------------------------------------------------------------------------

    /** One line of {@link #TABLE}. */
    record Row(String method, String template, String may, int refusal, Map<String, String> ids, String sampleBody) {
        private static final Pattern REFERENCE = Pattern.compile("\\$\\{(\\w+)}");

        static Row parse(String line) {
            var cells = line.split("\\|", 4);
            var operation = cells[0].trim().split("\\s+");
            var ids = new LinkedHashMap<String, String>();
            for (var binding : cells[2].trim().split("\\s+"))
                if (!binding.isEmpty()) ids.put(binding.substring(0, binding.indexOf('=')), binding.substring(binding.indexOf('=') + 1));
            var may = cells[1].replace(" ", "");
            var refusal = may.contains("(404)") ? 404 : 403;
            return new Row(operation[0], operation[1], may.replace("(404)", ""), refusal, ids, cells.length > 3 ? cells[3].trim() : "");
        }

        String key() { return method + " " + template; }

        /** Open to anyone, signed in or not. */
        boolean isPublic() { return may.contains("*"); }

        /** Formats (csv, pdf) stand for themselves; every other value names a demo object. */
        String path(Map<String, String> demo) {
            var path = template;
            for (var id : ids.entrySet()) {
                var value = Set.of("csv", "pdf").contains(id.getValue()) ? id.getValue() : demo.get(id.getValue());
                assertThat(value).as("demo object " + id.getValue()).isNotNull();
                path = path.replace("{" + id.getKey() + "}", value);
            }
            return path;
        }

        String body(Map<String, String> demo) {
            if (sampleBody.isEmpty()) return null;
            return REFERENCE.matcher(sampleBody).replaceAll(match -> Matcher.quoteReplacement(demo.get(match.group(1))));
        }
    }

    static Map<String, Row> rows() {
        return TABLE.lines().filter(Predicate.not(String::isBlank)).map(Row::parse)
                .collect(Collectors.toMap(Row::key, row -> row, (a, b) -> {
                    throw new IllegalStateException("two rows for " + a.key());
                }, LinkedHashMap::new));
    }

    /** Every operation of the OpenAPI document, as "METHOD /path/{template}". */
    private Set<String> operations() {
        return DemoObjects.operations(DemoObjects.openApi(new Api(base)));
    }

    // the demo objects -------------------------------------------------------------------------------------

    /** Ids of the demo objects the table names, found as the administrator. */
    private Map<String, String> demoObjects() {
        return DemoObjects.find(new Api(base));
    }

    private List<String> cohortNames(String user) {
        var response = send(user, "GET", "/api/v1/cohorts?size=100", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response).asJsonArray().stream().map(c -> c.asJsonObject().getString("name")).toList();
    }

    private void share(String user, String roadmap, boolean shared) {
        var version = json(send("admin", "GET", roadmap, null)).asJsonObject().getJsonNumber("version").longValue();
        var response = send(user, "PUT", roadmap + "/sharing", "{\"shared\":" + shared + ",\"version\":" + version + "}", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    // HTTP -------------------------------------------------------------------------------------------------

    /** Allowed: anything but a refusal, a missing object or a failure; writes answer 412 to the stale version. */
    private static boolean isAllowed(int status) {
        return status != 401 && status != 403 && status != 404 && status < 500;
    }

    private HttpResponse<String> send(String user, String method, String path, String body) {
        return send(user, method, path, body, "GET".equals(method) ? null : STALE);
    }

    private HttpResponse<String> send(String user, String method, String path, String body, String ifMatch) {
        // the API lives under the deployment; the OpenAPI document at the server's root
        var root = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        var target = path.equals("/openapi") ? root.resolve(path) : root.resolve(path.substring(1));
        var request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .header("Accept", path.equals("/openapi") ? "application/json" : "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) request.header("Content-Type", "application/json");
        if (ifMatch != null) request.header("If-Match", ifMatch);
        if (user != null) request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonValue json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    private static Map<Character, String> actors() {
        var actors = new LinkedHashMap<Character, String>();
        actors.put('a', "admin");
        actors.put('t', "trainer");
        actors.put('s', "sponsor");
        actors.put('e', "delegate.ec");
        actors.put('b', "delegate.bo");
        actors.put('x', "delegate.tt");
        return actors;
    }
}
