package org.napacademy.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The resource library of the curriculum modules (issue 6) over REST and in headless Chromium: trainers add links
 * and upload files (sniffed, bounded), retire and restore them; everyone who reads the programme reads the library,
 * from the module and from the roadmap nodes drafted in it.
 */
class ResourceLibraryIT extends ChromiumDeployment {
    private static final String PROBLEM = "application/problem+json";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** academy.library.max-file-bytes is not set: the default of 10 MB holds. */
    private static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_trainer_adds_a_link_that_everyone_who_reads_the_programme_lists() {
        var module = newModule();
        var added = api().as("trainer").post(resources(module), linkJson("GUIDE", "Costing guide", "https://www.unwomen.org/", "en", "es"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.location()).endsWith("/api/v1/module-resources/" + id(added.object()));
        assertThat(added.etag()).isNotNull();
        assertThat(added.object().getString("kind")).isEqualTo("GUIDE");
        assertThat(added.object().getString("url")).isEqualTo("https://www.unwomen.org/");
        assertThat(added.object().getJsonArray("languages").getValuesAs(JsonValue::toString)).containsExactly("\"en\"", "\"es\"");
        assertThat(added.object().getString("addedBy")).isEqualTo("trainer");

        for (var reader : new String[] {"delegate.ec", "delegate.tt", "sponsor"}) {
            var listed = api().as(reader).get(resources(module));
            assertThat(listed.status()).as(reader + ": " + listed).isEqualTo(200);
            assertThat(listed.totalCount()).isEqualTo("1");
            assertThat(listed.array().getJsonObject(0).getJsonObject("title").getString("en")).isEqualTo("Costing guide");
        }
        assertThat(api().as("delegate.ec").get(resources(module) + "?language=es").totalCount()).isEqualTo("1");
        assertThat(api().as("delegate.ec").get(resources(module) + "?language=fr").totalCount()).isEqualTo("0");
        assertThat(api().as("delegate.ec").get(resources(module) + "?kind=TEMPLATE").totalCount()).isEqualTo("0");
        assertProblem(api().get(resources(module) + "?language=de"), 400);
        assertProblem(api().get(resources(module) + "?kind=POSTER"), 400);
        assertThat(api().anonymous().get(resources(module)).status()).isEqualTo(401);

        var opened = send("delegate.ec", HttpRequest.newBuilder(uri("api/v1/module-resources/" + id(added.object()) + "/file")).GET());
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location")).contains("https://www.unwomen.org/");
    }

    @Test
    void an_uploaded_pdf_downloads_byte_for_byte_under_its_name_with_the_type_its_bytes_have() {
        var module = newModule();
        var uploaded = upload("trainer", module, "Plantilla de costeo.pdf", "application/octet-stream", PDF,
                "kind=TEMPLATE&title=Costing+template&language=es&language=en");

        assertThat(uploaded.statusCode()).as(() -> new String(uploaded.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        var resource = json(uploaded.body());
        assertThat(resource.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(resource.getString("fileName")).isEqualTo("Plantilla de costeo.pdf");
        assertThat(resource.getJsonNumber("sizeBytes").longValue()).isEqualTo(PDF.length);
        assertThat(resource.get("url")).isNull();

        var file = send("delegate.ec", HttpRequest.newBuilder(uri("api/v1/" + resource.getString("fileUrl"))).GET());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .startsWith("attachment").contains("filename=\"Plantilla de costeo.pdf\"", "filename*=UTF-8''Plantilla%20de%20costeo.pdf"));
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_413_and_nothing_is_stored() {
        var module = newModule();
        var tooLarge = Arrays.copyOf(PDF, MAX_FILE_BYTES + 1);

        var refused = upload("trainer", module, "large.pdf", "application/pdf", tooLarge, "kind=GUIDE&title=Large&language=en");

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
        assertThat(api().get(resources(module) + "?retired=true").totalCount()).isEqualTo("0");
    }

    @Test
    void a_file_whose_bytes_are_no_known_document_is_refused_with_415_whatever_its_name_and_type_claim() {
        var module = newModule();
        var script = "<script>alert('not a pdf')</script>".getBytes(StandardCharsets.UTF_8);

        var refused = upload("trainer", module, "guide.pdf", "application/pdf", script, "kind=GUIDE&title=Guide&language=en");

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(json(refused.body()).getString("detail")).contains("pdf", "docx");
        assertThat(api().get(resources(module) + "?retired=true").totalCount()).isEqualTo("0");
    }

    @Test
    void a_bad_address_or_a_missing_language_is_refused_and_nothing_is_stored() {
        var module = newModule();
        assertProblem(api().post(resources(module), linkJson("LINK", "Script", "javascript:alert(1)", "en")), 400);
        assertProblem(api().post(resources(module), linkJson("LINK", "Relative", "/api/v1/users", "en")), 400);
        assertProblem(api().post(resources(module), """
                {"kind": "LINK", "title": {"en": "No language"}, "languages": [], "url": "https://www.unwomen.org/"}"""), 400);
        assertProblem(api().post(resources(module), linkJson("LINK", "German", "https://www.unwomen.org/", "de")), 400);
        var missingTitle = upload("trainer", module, "t.pdf", "application/pdf", PDF, "kind=TEMPLATE&language=en");
        assertThat(missingTitle.statusCode()).isEqualTo(400);
        assertThat(api().get(resources(module) + "?retired=true").totalCount()).isEqualTo("0");
    }

    @Test
    void a_retired_resource_disappears_for_a_delegate_but_not_for_the_trainer_who_restores_it() {
        var module = newModule();
        var added = api().as("trainer").post(resources(module), linkJson("WORKED_EXAMPLE", "An adopted NAP", "https://1325naps.peacewomen.org/", "en"));
        var path = "api/v1/module-resources/" + id(added.object());

        assertProblem(api().as("trainer").post(path + "/retirement", "{}"), 428);
        var retired = retirement("POST", path, added.etag());
        assertThat(retired.statusCode()).as(() -> new String(retired.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(json(retired.body()).getBoolean("retired")).isTrue();
        assertThat(json(retired.body()).getString("retiredBy")).isEqualTo("trainer");

        assertThat(api().as("delegate.ec").get(resources(module)).totalCount()).isEqualTo("0");
        assertThat(api().as("delegate.ec").get(resources(module) + "?retired=true").totalCount()).isEqualTo("0");
        assertProblem(api().as("delegate.ec").get(path), 404);
        assertThat(api().as("trainer").get(resources(module)).totalCount()).isEqualTo("0");
        assertThat(api().as("trainer").get(resources(module) + "?retired=true").totalCount()).isEqualTo("1");
        assertThat(api().as("trainer").get(path).status()).isEqualTo(200);

        var restored = retirement("DELETE", path, retired.headers().firstValue("ETag").orElseThrow());
        assertThat(restored.statusCode()).as(() -> new String(restored.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(json(restored.body()).getBoolean("retired")).isFalse();
        assertThat(api().as("delegate.ec").get(resources(module)).totalCount()).isEqualTo("1");
    }

    @Test
    void a_delegate_may_not_add_change_or_retire_a_resource() {
        var module = newModule();
        var added = api().post(resources(module), linkJson("LINK", "UN Women", "https://www.unwomen.org/", "en"));
        var path = "api/v1/module-resources/" + id(added.object());
        var delegate = api().as("delegate.ec");

        assertProblem(delegate.post(resources(module), linkJson("LINK", "Mine", "https://www.unwomen.org/", "en")), 403);
        assertThat(upload("delegate.ec", module, "mine.pdf", "application/pdf", PDF, "kind=GUIDE&title=Mine&language=en").statusCode())
                .isEqualTo(403);
        assertProblem(delegate.put(path, linkJson("LINK", "Taken over", "https://www.unwomen.org/", "en"), added.etag()), 403);
        assertThat(send("delegate.ec", HttpRequest.newBuilder(uri(path + "/retirement")).header("If-Match", added.etag())
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(403);
        assertThat(api().get(resources(module) + "?retired=true").totalCount()).isEqualTo("1");
        assertThat(api().get(path).object().getJsonObject("title").getString("en")).isEqualTo("UN Women");
    }

    @Test
    void an_update_needs_the_current_version_and_a_file_never_takes_an_address() {
        var module = newModule();
        var link = api().post(resources(module), linkJson("LINK", "UN Women", "https://www.unwomen.org/", "en"));
        var path = "api/v1/module-resources/" + id(link.object());
        var body = linkJson("GUIDE", "WPS Focal Points Network", "https://wpsfocalpointsnetwork.org/", "en", "fr");

        assertProblem(api().put(path, body, null), 428);
        assertProblem(api().put(path, body, "\"99\""), 412);
        var updated = api().put(path, body, link.etag());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.object().getString("url")).isEqualTo("https://wpsfocalpointsnetwork.org/");

        var file = json(upload("trainer", module, "guide.pdf", "application/pdf", PDF, "kind=GUIDE&title=Guide&language=en").body());
        var filePath = "api/v1/module-resources/" + id(file);
        assertProblem(api().put(filePath, linkJson("GUIDE", "Guide", "https://www.unwomen.org/", "en"),
                "\"" + file.getJsonNumber("version") + "\""), 422);
    }

    @Test
    void the_openapi_document_describes_the_library_endpoints() {
        var openapi = api().get(api().base().resolve("/openapi").toString());
        assertThat(openapi.body()).contains("/api/v1/modules/{id}/resources/uploads", "/api/v1/module-resources/{id}/retirement",
                "/api/v1/module-resources/{id}/file", "ResourceRequest");
    }

    @Test
    void a_trainer_adds_a_spanish_link_that_delegate_ec_opens_from_the_module_and_from_a_node_drafted_in_it() throws Exception {
        var node = ecuadorNodeDraftedInAModule();
        var moduleId = node.getJsonNumber("draftedInModuleId").longValue();
        var title = "Guía de presupuestos " + UUID.randomUUID().toString().substring(0, 6);
        var address = "https://www.unwomen.org/es";

        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "trainer");
            page.navigate(base + "modules");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Gender budgeting")).first().waitFor();
            HeadlessChromium.screenshot(page, "library-modules.png");
            page.navigate(base + "modules/" + moduleId);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a link")).click();
            page.getByLabel("Title (English)").fill("Budgeting guide " + title.substring(title.length() - 6));
            page.getByLabel("Title (Español)").fill(title);
            page.getByLabel("Español", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Web address").fill("not an address");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.locator("[slot='error-message']", new Page.LocatorOptions().setHasText("Enter an http or https address")))
                    .isVisible();
            page.getByLabel("Web address").fill(address);
            page.getByLabel("Web address").press("Tab");
            assertThat(page.locator("[slot='error-message']", new Page.LocatorOptions().setHasText("Enter an http or https address")))
                    .isHidden();
            HeadlessChromium.screenshot(page, "library-form.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            page.locator("vaadin-dialog-overlay").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
            assertThat(page.locator("vaadin-grid-cell-content").getByText("Budgeting guide").first()).isVisible();
            HeadlessChromium.screenshot(page, "library-module.png");
        }

        try (var context = chromium.newContext("es-EC")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "delegate.ec");
            page.navigate(base + "modules/" + moduleId);
            assertThat(page.locator("vaadin-grid-cell-content").getByText(title)).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Abrir")).first()).isVisible();
            assertThat(page.locator("a[href='" + address + "']")).hasCount(1);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Añadir un enlace"))).hasCount(0);
            HeadlessChromium.screenshot(page, "library-module-delegate.png");

            page.navigate(base + "roadmaps/" + node.getJsonNumber("roadmapId").longValue());
            // a click on the title folds its branch: the row is selected beside it
            var nodeTitle = page.locator("vaadin-grid-cell-content").getByText(node.getString("title"), new Locator.GetByTextOptions().setExact(true));
            nodeTitle.waitFor();
            var box = nodeTitle.boundingBox();
            page.mouse().click(box.x + box.width + 30, box.y + box.height / 2);
            var fromNode = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Recursos de")));
            fromNode.scrollIntoViewIfNeeded();
            HeadlessChromium.screenshot(page, "library-from-node.png");
            fromNode.click();
            page.waitForURL(url -> url.endsWith("modules/" + moduleId));
            assertThat(page.locator("vaadin-grid-cell-content").getByText(title)).isVisible();
        }
    }

    // helpers ----------------------------------------------------------------------------------------------

    private Api api() { return new Api(base); }

    private static String resources(long moduleId) { return "api/v1/modules/" + moduleId + "/resources"; }

    /** A new module of the demo programme, so the demo delegates, who read that programme, read its library. */
    private long newModule() {
        var programme = api().get("api/v1/programmes").array().getJsonObject(0);
        var code = "LIBRARY_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var module = api().post("api/v1/modules", """
                {"programmeId": %d, "code": "%s", "title": {"en": "Library test %s"}, "durationMinutes": 60, "displayOrder": 90}"""
                .formatted(id(programme), code, code));
        assertThat(module.status()).as(module.toString()).isEqualTo(201);
        return id(module.object());
    }

    /** A node of Ecuador's demo roadmap that names the module it was drafted in. */
    private JsonObject ecuadorNodeDraftedInAModule() {
        var cohort = api().get("api/v1/cohorts?size=100").array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("2025 Panama City")).findFirst().orElseThrow();
        var ecuador = api().get("api/v1/cohorts/" + id(cohort) + "/delegations").array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("countryCode").equals("EC")).findFirst().orElseThrow();
        return api().get("api/v1/roadmaps/" + ecuador.get("roadmapId") + "/nodes?size=100").array().stream()
                .map(JsonValue::asJsonObject).filter(n -> n.get("draftedInModuleId") != null && n.get("draftedInModuleId") != JsonValue.NULL)
                .findFirst().orElseThrow();
    }

    private static String linkJson(String kind, String title, String url, String... languages) {
        return """
                {"kind": "%s", "title": {"en": "%s"}, "languages": [%s], "url": "%s"}""".formatted(kind, title,
                String.join(", ", Arrays.stream(languages).map(l -> "\"" + l + "\"").toList()), url);
    }

    private HttpResponse<byte[]> upload(String user, long moduleId, String fileName, String contentType, byte[] content, String query) {
        return send(user, HttpRequest.newBuilder(uri(resources(moduleId) + "/uploads?" + query))
                .header("Content-Type", contentType)
                .header("X-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private HttpResponse<byte[]> retirement(String method, String path, String etag) {
        return send("trainer", HttpRequest.newBuilder(uri(path + "/retirement")).header("If-Match", etag)
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private java.net.URI uri(String path) { return api().base().resolve(path); }

    private static HttpResponse<byte[]> send(String user, HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(60)).header("Accept", "*/*").header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(byte[] body) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(new String(body, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private static long id(JsonObject entity) { return entity.getJsonNumber("id").longValue(); }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(PROBLEM);
    }
}
