package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
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
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * Issue 9, hostile text: script tags, HTML, spreadsheet formulas, control and right-to-left characters, emoji and
 * over-long titles in every text field a trainer or a delegation types (programme, cohort, participants, module and
 * its resources, sessions, roadmap nodes, indicators, targets and actuals, check-ins, assistance requests, mentoring
 * notes), sent through the API. Every page that shows them must show them as text (no element, script or dialog
 * comes out of them), every CSV and XLSX export must disarm them as formulas and keep them otherwise intact, the
 * PDFs must print them, the calendar must escape line breaks, and IATI XML must stay well formed. A check-in's evidence
 * link, shown to reviewers as a link, must be an http or https address. The data is built once for the class.
 */
class HostileTextIT extends ChromiumDeployment {
    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";
    static final String BOLD = "\"><b>bold</b>";
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"x\")";
    static final String PLUS = "+1+1";
    static final String MINUS = "-2+3";
    static final String AT = "@SUM(A1)";
    static final String TAB = "\t=1+2";
    static final String CR = "\r=3+4";
    static final String RTL = "\u202Eexe.tnemucod";
    static final String EMOJI = "🕊️ Mujeres 👩🏽‍⚖️ constructoras de paz";
    static final String LONG = ("Three hundred characters of a title that keeps going " + "x".repeat(300)).substring(0, 300);
    /** A line break that would start a property of its own in a calendar that did not escape it. */
    static final String NEW_LINE = "Salón B\r\nATTENDEE:mailto:evil@evil.example";
    static final List<String> VALUES = List.of(SCRIPT, IMG, BOLD, HYPERLINK, PLUS, MINUS, AT, TAB, CR, RTL, EMOJI, LONG, NEW_LINE);
    /** What a spreadsheet would run as a formula; the exports must put an apostrophe in front. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static World world;

    // the data --------------------------------------------------------------------------------------------

    /** Every hostile field as sent and as the API gave it back, by "entity.field"; and the ids the tests visit. */
    private record World(Map<String, String> sent, Map<String, String> stored, long programme, long cohort, long delegation, long roadmap,
                         long module, long session, List<Long> participants, List<Long> nodes) {
    }

    private synchronized World world() {
        if (world == null) world = build(new Api(base));
        return world;
    }

    private static World build(Api api) {
        var sent = new LinkedHashMap<String, String>();
        var stored = new LinkedHashMap<String, String>();
        var programme = created(api, "api/v1/programmes", "programme", sent, stored, Json.createObjectBuilder()
                .add("name", field(sent, "programme.name", SCRIPT))
                .add("description", field(sent, "programme.description", BOLD))
                .add("languages", Json.createArrayBuilder().add("en").add("es"))
                .add("tags", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "HOSTILE")
                        .add("label", localized(sent, "programme.tag.label", IMG, HYPERLINK, PLUS, RTL))))
                .add("vocabulary", Json.createObjectBuilder()
                        .add("GOAL", localized(sent, "programme.vocabulary.GOAL", BOLD, AT, MINUS, EMOJI))));
        var module = created(api, "api/v1/modules", "module", sent, stored,
                Json.createObjectBuilder().add("programmeId", programme).add("code", "HOSTILE")
                .add("title", localized(sent, "module.title", SCRIPT, HYPERLINK, PLUS, RTL))
                .add("description", localized(sent, "module.description", IMG, MINUS, AT, EMOJI))
                .add("learningObjectives", localized(sent, "module.learningObjectives", BOLD, TAB, CR, LONG))
                .add("durationMinutes", 90).add("displayOrder", 1));
        created(api, "api/v1/modules/" + module + "/resources", "resource", sent, stored, Json.createObjectBuilder().add("kind", "LINK")
                .add("title", localized(sent, "resource.title", BOLD, AT, MINUS, EMOJI))
                .add("description", localized(sent, "resource.description", SCRIPT, HYPERLINK, TAB, IMG))
                .add("languages", Json.createArrayBuilder().add("en")).add("url", "https://evil.example/guide"));
        var cohort = created(api, "api/v1/cohorts", "cohort", sent, stored, Json.createObjectBuilder().add("programmeId", programme)
                .add("name", field(sent, "cohort.name", IMG))
                .add("venueName", field(sent, "cohort.venueName", HYPERLINK))
                .add("city", field(sent, "cohort.city", RTL))
                .add("countryCode", "PA").add("timeZone", "America/Panama")
                .add("startDate", "2026-03-02").add("endDate", "2026-03-06"));
        var delegation = created(api, "api/v1/cohorts/" + cohort + "/delegations", "delegation", sent, stored,
                Json.createObjectBuilder().add("countryCode", "BO"));
        var participants = new ArrayList<Long>();
        String[][] people = {{SCRIPT, HYPERLINK, LONG, PLUS}, {EMOJI, MINUS, AT, TAB}, {BOLD, CR, IMG, RTL}};
        for (int i = 0; i < people.length; i++) {
            var p = people[i];
            participants.add(created(api, "api/v1/delegations/" + delegation + "/participants", "participant" + i, sent, stored,
                    Json.createObjectBuilder()
                    .add("givenName", field(sent, "participant" + i + ".givenName", p[0]))
                    .add("familyName", field(sent, "participant" + i + ".familyName", p[1]))
                    .add("institutionName", field(sent, "participant" + i + ".institutionName", p[2]))
                    .add("position", field(sent, "participant" + i + ".position", p[3]))
                    .add("institutionType", "GOVERNMENT").add("sex", i == 1 ? "MALE" : "FEMALE")
                    .add("email", "hostile" + i + "@example.org")));
        }
        var session = created(api, "api/v1/cohorts/" + cohort + "/sessions", "session", sent, stored,
                Json.createObjectBuilder().add("moduleId", module)
                .add("startsAt", "2026-03-03T09:00:00").add("endsAt", "2026-03-03T10:30:00")
                .add("room", field(sent, "session.room", NEW_LINE)));
        var attendance = Json.createArrayBuilder();
        participants.forEach(p -> attendance.add(Json.createObjectBuilder().add("participantId", p).add("status", "PRESENT")));
        expect(api.put("api/v1/sessions/" + session + "/attendance", attendance.build().toString(), null), 200);

        long roadmap = api.get("api/v1/delegations/" + delegation).object().getJsonNumber("roadmapId").longValue();
        var current = api.get("api/v1/roadmaps/" + roadmap);
        var titled = api.put("api/v1/roadmaps/" + roadmap, Json.createObjectBuilder()
                .add("title", field(sent, "roadmap.title", HYPERLINK)).build().toString(), current.etag());
        expect(titled, 200);
        keep(sent, stored, "roadmap", titled.object());

        var nodes = new ArrayList<Long>();
        String[][] tree = {{"GOAL", SCRIPT, IMG, HYPERLINK}, {"OUTCOME", LONG, BOLD, PLUS}, {"OUTPUT", MINUS, RTL, AT},
                {"ACTIVITY", TAB, EMOJI, CR}, {"ACTIVITY", BOLD, SCRIPT, EMOJI}, {"ACTIVITY", AT, HYPERLINK, RTL},
                {"ACTIVITY", CR, PLUS, MINUS}, {"ACTIVITY", EMOJI, TAB, IMG}, {"ACTIVITY", IMG, AT, BOLD},
                {"ACTIVITY", HYPERLINK, MINUS, SCRIPT}, {"ACTIVITY", PLUS, CR, TAB}, {"ACTIVITY", RTL, LONG, LONG}};
        for (int i = 0; i < tree.length; i++) {
            var spec = tree[i];
            var body = Json.createObjectBuilder().add("level", spec[0])
                    .add("title", field(sent, "node" + i + ".title", spec[1]))
                    .add("description", field(sent, "node" + i + ".description", spec[2]))
                    .add("responsibleInstitution", field(sent, "node" + i + ".responsibleInstitution", spec[3]))
                    .add("tag", "HOSTILE").add("startDate", "2026-04-01").add("endDate", "2028-12-31");
            if (i > 0) body.add("parentId", nodes.get(Math.min(i - 1, 2)));
            nodes.add(created(api, "api/v1/roadmaps/" + roadmap + "/nodes", "node" + i, sent, stored, body));
        }
        var indicator = created(api, "api/v1/nodes/" + nodes.get(1) + "/indicators", "indicator", sent, stored, Json.createObjectBuilder()
                .add("title", field(sent, "indicator.title", IMG)).add("unit", "NUMBER").add("ascending", true)
                .add("baselineValue", 2).add("baselineDate", "2026-01-01")
                .add("meansOfVerification", field(sent, "indicator.meansOfVerification", SCRIPT))
                .add("referenceFramework", "OTHER").add("referenceCode", field(sent, "indicator.referenceCode", AT)));
        var period = created(api, "api/v1/indicators/" + indicator + "/periods", "period", sent, stored, Json.createObjectBuilder()
                .add("startDate", "2026-04-01").add("endDate", "2026-12-31")
                .add("targets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", 10)
                        .add("comment", field(sent, "period.targets.comment", TAB)))));
        created(api, "api/v1/periods/" + period + "/measurements", "actual", sent, stored,
                Json.createObjectBuilder().add("kind", "ACTUAL").add("value", -4)
                .add("asOf", "2026-06-30").add("comment", field(sent, "actual.comment", CR))
                .add("evidenceLink", "https://evil.example/evidence"));
        var checkIn = created(api, "api/v1/delegations/" + delegation + "/progress-reports", "checkIn", sent, stored,
                Json.createObjectBuilder()
                .add("periodStart", "2026-04-01").add("periodEnd", "2026-06-30")
                .add("achievements", field(sent, "checkIn.achievements", SCRIPT))
                .add("obstacles", field(sent, "checkIn.obstacles", HYPERLINK))
                .add("nextSteps", field(sent, "checkIn.nextSteps", BOLD)));
        // submitted, so the check-ins page shows it read-only, as text
        expect(api.post("api/v1/progress-reports/" + checkIn + "/submission", ""), 200);
        created(api, "api/v1/delegations/" + delegation + "/assistance-requests", "assistance", sent, stored,
                Json.createObjectBuilder().add("moduleId", module)
                .add("raisedBy", field(sent, "assistance.raisedBy", IMG))
                .add("text", field(sent, "assistance.text", SCRIPT)).add("urgency", "HIGH"));
        created(api, "api/v1/delegations/" + delegation + "/mentoring-notes", "mentoringNote", sent, stored,
                Json.createObjectBuilder().add("date", "2026-05-04")
                .add("note", field(sent, "mentoringNote.note", BOLD)));
        var distinct = Set.copyOf(sent.values());
        System.out.printf("HostileTextIT: %d text fields sent %d distinct hostile values (%d in the list)%n",
                sent.size(), distinct.size(), VALUES.size());
        return new World(sent, stored, programme, cohort, delegation, roadmap, module, session, participants, nodes);
    }

    private static String field(Map<String, String> sent, String name, String value) {
        sent.put(name, value);
        return value;
    }

    private static JsonObjectBuilder localized(Map<String, String> sent, String name, String en, String es, String pt, String fr) {
        return Json.createObjectBuilder().add("en", field(sent, name + ".en", en)).add("es", field(sent, name + ".es", es))
                .add("pt", field(sent, name + ".pt", pt)).add("fr", field(sent, name + ".fr", fr));
    }

    /** Creates the entity and keeps what its answer gives back of the hostile fields sent under {@code prefix}. */
    private static long created(Api api, String path, String prefix, Map<String, String> sent, Map<String, String> stored,
                                JsonObjectBuilder body) {
        var reply = api.post(path, body.build().toString());
        expect(reply, 201);
        keep(sent, stored, prefix, reply.object());
        return reply.object().getJsonNumber("id").longValue();
    }

    /** "node3.title" is the answer's "title", "module.title.en" its "title" object's "en". */
    private static void keep(Map<String, String> sent, Map<String, String> stored, String prefix, JsonObject answer) {
        for (var name : sent.keySet()) {
            if (!name.startsWith(prefix + ".")) continue;
            JsonValue value = answer;
            for (var key : name.substring(prefix.length() + 1).split("\\.")) {
                if (value instanceof JsonArray array) value = array.isEmpty() ? null : array.get(0);
                value = value instanceof JsonObject object ? object.get(key) : null;
            }
            if (value instanceof JsonString text) stored.put(name, text.getString());
        }
    }

    private static void expect(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    }

    // the API gives back what it was given ----------------------------------------------------------------

    @Test
    void every_hostile_value_is_stored_and_given_back_as_sent_apart_from_the_spaces_around_required_texts() {
        var w = world();
        var trimmed = 0;
        for (var entry : w.stored().entrySet()) {
            var sent = w.sent().get(entry.getKey());
            // required texts are trimmed on purpose (Checks.requireText), so a tab or CR in front of "=" goes there
            assertThat(entry.getValue()).as(entry.getKey()).isIn(sent, sent.trim());
            if (!entry.getValue().equals(sent)) trimmed++;
        }
        assertThat(w.stored()).hasSizeGreaterThan(w.sent().size() * 3 / 4);
        assertThat(w.stored()).containsEntry("node1.title", LONG).containsEntry("cohort.name", IMG)
                .containsEntry("roadmap.title", HYPERLINK).containsEntry("module.title.en", SCRIPT)
                .containsEntry("period.targets.comment", TAB.trim()).containsEntry("actual.comment", CR.trim());
        System.out.printf("HostileTextIT: %d of %d fields read back, %d trimmed of their leading tab or CR%n",
                w.stored().size(), w.sent().size(), trimmed);
    }

    @Test
    void a_check_in_evidence_link_that_is_no_web_address_is_refused_and_nothing_is_stored() {
        var api = new Api(base);
        var w = world();
        var reports = "api/v1/delegations/" + w.delegation() + "/progress-reports";
        var before = api.get(reports).array().size();
        for (var link : List.of("javascript:window.__pwned=1", "JavaScript:alert(document.cookie)",
                "data:text/html,<script>alert(1)</script>",
                "minutes of the round table")) {
            var refused = api.post(reports, Json.createObjectBuilder().add("periodStart", "2026-07-01").add("periodEnd", "2026-09-30")
                    .add("achievements", SCRIPT).add("evidenceLinks", Json.createArrayBuilder().add(link)).build().toString());

            assertThat(refused.status()).as(link + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.object().getString("detail")).contains("http or https");
        }
        assertThat(api.get(reports).array()).hasSize(before);
    }

    // the pages show text, never markup -------------------------------------------------------------------

    @Test
    void every_page_that_shows_the_hostile_text_shows_it_as_text_and_runs_none_of_it() throws Exception {
        var w = world();
        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            var dialogs = new ArrayList<String>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            HeadlessChromium.signIn(page, base, "admin");

            var pages = new LinkedHashMap<String, List<String>>();
            pages.put("", List.of(IMG));
            pages.put("cohorts/" + w.cohort(), List.of(IMG));
            pages.put("sessions/" + w.session(), List.of(SCRIPT));
            pages.put("roadmaps", List.of(HYPERLINK));
            pages.put("roadmaps/" + w.roadmap(), List.of(SCRIPT, IMG, BOLD));
            pages.put("delegations/" + w.delegation() + "/check-ins", List.of(SCRIPT));
            pages.put("delegations/" + w.delegation() + "/assistance", List.of(SCRIPT));
            pages.put("assistance", List.of(SCRIPT));
            pages.put("modules", List.of(SCRIPT));
            pages.put("modules/" + w.module(), List.of(SCRIPT, BOLD));
            pages.put("dashboard", List.of(IMG));
            int texts = 0;
            var missing = new ArrayList<String>();
            for (var entry : pages.entrySet()) {
                page.navigate(base + entry.getKey());
                page.locator("#sign-out").waitFor();
                choose(page, entry.getKey());
                for (var text : entry.getValue()) {
                    texts++;
                    try {
                        PlaywrightAssertions.assertThat(visibleText(page, text)).isVisible();
                    } catch (AssertionError e) {
                        missing.add("/" + entry.getKey() + " does not show " + text);
                    }
                }
                assertRanNothing(page, entry.getKey());
                if (entry.getKey().startsWith("roadmaps/")) openNodeForm(page);
            }
            assertThat(missing).as("hostile texts not shown as text").isEmpty();
            assertThat(dialogs).as("dialogs opened by the data").isEmpty();
            System.out.printf("HostileTextIT: %d pages, %d hostile texts seen as text%n", pages.size(), texts);
        }
    }

    /** Opens what the page shows only on a choice: the submitted check-in, and the hostile programme's modules and figures. */
    private static void choose(Page page, String path) {
        if (path.endsWith("/check-ins")) {
            page.locator("#check-ins").getByText(Pattern.compile("2026")).first().click();
        } else if (path.equals("modules")) {
            page.locator("vaadin-combo-box input").first().fill(SCRIPT);
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(SCRIPT)).first().click();
        } else if (path.equals("dashboard")) {
            page.locator(".dashboard vaadin-select").first().click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(SCRIPT)).first().click();
        }
    }

    /** The roadmap's goal opens in its form (a click beside its title; on it, it folds): the fields hold the hostile text. */
    private void openNodeForm(Page page) throws Exception {
        var title = page.locator("vaadin-grid-cell-content").getByText(SCRIPT, new Locator.GetByTextOptions().setExact(true)).first();
        title.scrollIntoViewIfNeeded();
        var box = title.boundingBox();
        page.mouse().click(box.x + box.width + 30, box.y + box.height / 2);
        PlaywrightAssertions.assertThat(page.getByLabel("Title").filter(new Locator.FilterOptions().setVisible(true)).first())
                .hasValue(SCRIPT);
        assertRanNothing(page, "node form");
        HeadlessChromium.screenshot(page, "hostile-roadmap.png");
    }

    private static Locator visibleText(Page page, String text) {
        return page.getByText(text).filter(new Locator.FilterOptions().setVisible(true)).first();
    }

    private static void assertRanNothing(Page page, String where) {
        assertThat(page.evaluate("() => typeof window.__pwned")).as("window.__pwned on " + where).isEqualTo("undefined");
        assertThat(page.locator("b", new Page.LocatorOptions().setHasText("bold")).count()).as("<b> from the data on " + where).isZero();
        assertThat(page.locator("img[src='x']").count()).as("<img> from the data on " + where).isZero();
        assertThat(page.locator("a[href^='javascript:' i], a[href^='data:' i]").count()).as("script links on " + where).isZero();
    }

    // the exports ---------------------------------------------------------------------------------------------

    @Test
    void the_roadmap_csv_tables_disarm_every_formula_and_keep_the_text_otherwise_intact() throws IOException {
        var w = world();
        var nodes = csv(download("roadmaps/" + w.roadmap() + "/exports/csv?lang=en"));
        var measurements = csv(download("roadmaps/" + w.roadmap() + "/exports/csv?table=measurements&lang=en"));

        assertNoFormula("roadmap nodes CSV", nodes);
        assertNoFormula("roadmap measurements CSV", measurements);
        assertThat(nodes).containsAll(nodeCells(w));
        assertThat(measurements).containsAll(cells(w, "indicator.title", "period.targets.comment",
                "actual.comment", "node1.title"));
        System.out.printf("HostileTextIT: roadmap CSV %d + %d cells checked%n", nodes.size(), measurements.size());
    }

    @Test
    void the_cohort_csv_tables_disarm_every_formula_and_keep_the_text_otherwise_intact() throws IOException {
        var w = world();
        var participants = csv(download("cohorts/" + w.cohort() + "/exports/csv?table=participants&lang=en"));
        var sessions = csv(download("cohorts/" + w.cohort() + "/exports/csv?table=sessions&lang=en"));
        var attendance = csv(download("cohorts/" + w.cohort() + "/exports/csv?table=attendance&lang=en"));

        assertNoFormula("cohort participants CSV", participants);
        assertNoFormula("cohort sessions CSV", sessions);
        assertNoFormula("cohort attendance CSV", attendance);
        assertThat(participants).containsAll(participantCells(w));
        assertThat(sessions).containsAll(cells(w, "module.title.en", "session.room"));
        assertThat(attendance).containsAll(cells(w, "module.title.en", "participant0.givenName", "participant1.givenName",
                "participant2.familyName"));
    }

    @Test
    void the_workbooks_disarm_every_formula_in_every_text_cell_and_sheet_name() throws IOException {
        var w = world();
        var roadmap = xlsx(download("roadmaps/" + w.roadmap() + "/exports/xlsx?lang=en"));
        var cohort = xlsx(download("cohorts/" + w.cohort() + "/exports/xlsx?lang=en"));

        assertNoFormula("roadmap XLSX", roadmap);
        assertNoFormula("cohort XLSX", cohort);
        assertThat(roadmap).containsAll(nodeCells(w)).containsAll(cells(w, "indicator.title", "period.targets.comment", "actual.comment"));
        assertThat(cohort).containsAll(participantCells(w)).containsAll(cells(w, "module.title.en", "session.room"));
        System.out.printf("HostileTextIT: XLSX %d + %d text cells checked%n", roadmap.size(), cohort.size());
    }

    @Test
    void the_pdfs_print_the_hostile_text_literally() throws IOException {
        var w = world();
        var roadmap = pdfText(download("roadmaps/" + w.roadmap() + "/exports/pdf?lang=en"));
        assertThat(roadmap).contains(SCRIPT, HYPERLINK, MINUS, AT);

        var report = pdfText(download("cohorts/" + w.cohort() + "/exports/pdf?lang=en"));
        assertThat(report).contains(IMG);

        var api = new Api(base);
        expect(api.post("api/v1/cohorts/" + w.cohort() + "/certificates", ""), 200);
        var certificate = pdfText(download("participants/" + w.participants().get(0) + "/certificate"));
        assertThat(certificate).contains(SCRIPT, HYPERLINK);
    }

    @Test
    void the_calendar_escapes_line_breaks_so_no_property_is_injected() throws Exception {
        var w = world();
        var calendar = new CalendarBuilder().build(new ByteArrayInputStream(download("cohorts/" + w.cohort() + "/exports/ics?lang=en")));
        var events = calendar.<VEvent>getComponents(Component.VEVENT);

        assertThat(events).hasSize(1);
        var event = events.get(0);
        assertThat(event.getProperties(Property.ATTENDEE)).isEmpty();
        assertThat(event.getSummary().orElseThrow().getValue()).isEqualTo(SCRIPT);
        assertThat(event.getLocation().orElseThrow().getValue()).contains("ATTENDEE:mailto:evil@evil.example", HYPERLINK, RTL);
    }

    @Test
    void the_iati_xml_is_well_formed_and_holds_the_text_escaped() throws Exception {
        var w = world();
        var body = download("roadmaps/" + w.roadmap() + "/exports/iati");
        var raw = new String(body, StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("<script>", "<img ", "<b>");

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        var narratives = (NodeList) XPathFactory.newInstance().newXPath().evaluate("//narrative", xml, XPathConstants.NODESET);
        var texts = new ArrayList<String>();
        for (int i = 0; i < narratives.getLength(); i++) texts.add(narratives.item(i).getTextContent());
        assertThat(texts).contains(HYPERLINK, SCRIPT);
        assertThat(texts).anyMatch(text -> text.contains(IMG));
    }

    // helpers ----------------------------------------------------------------------------------------------

    /** The node table's text cells for every node: title and responsible institution, as exported. */
    private static List<String> nodeCells(World w) {
        var fields = new ArrayList<String>();
        for (int i = 0; i < w.nodes().size(); i++) fields.addAll(List.of("node" + i + ".title", "node" + i + ".responsibleInstitution"));
        return cells(w, fields.toArray(String[]::new));
    }

    private static List<String> participantCells(World w) {
        var fields = new ArrayList<String>();
        for (int i = 0; i < w.participants().size(); i++) {
            for (var field : List.of("givenName", "familyName", "institutionName", "position")) fields.add("participant" + i + "." + field);
        }
        return cells(w, fields.toArray(String[]::new));
    }

    /** The fields as stored, as a safe export must hold them. */
    private static List<String> cells(World w, String... fields) {
        return java.util.Arrays.stream(fields).map(field -> {
            assertThat(w.stored()).as("read back").containsKey(field);
            return exported(w.stored().get(field));
        }).toList();
    }

    /** The text as a safe export holds it: an apostrophe in front of what a spreadsheet would run. */
    private static String exported(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void assertNoFormula(String export, List<String> textCells) {
        assertThat(textCells).as(export + ": text cells a spreadsheet would run")
                .noneMatch(cell -> !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !isNumber(cell));
    }

    private static boolean isNumber(String cell) {
        try {
            new BigDecimal(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Every cell of a CSV export, header included, read by a CSV parser. */
    private static List<String> csv(byte[] body) throws IOException {
        var text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        var cells = new ArrayList<String>();
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            for (CSVRecord record : parser) record.forEach(cells::add);
        }
        return cells;
    }

    /** Every text cell and sheet name of a workbook; a formula cell fails the test. */
    private static List<String> xlsx(byte[] body) throws IOException {
        var cells = new ArrayList<String>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            for (var sheet : workbook.getSheets().toList()) {
                cells.add(sheet.getName());
                for (var row : sheet.read()) {
                    for (var cell : row) {
                        if (cell == null) continue;
                        assertThat(cell.getType()).as("cell " + cell.getAddress() + " of " + sheet.getName())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getType() == CellType.STRING) cells.add(cell.getText());
                    }
                }
            }
        }
        return cells;
    }

    private static String pdfText(byte[] body) throws IOException {
        assertThat(new String(body, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var reader = new PdfReader(body);
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) text.append(extractor.getTextFromPage(page)).append('\n');
        return text.toString();
    }

    private byte[] download(String path) {
        var request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + Api.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path + ": " + new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
