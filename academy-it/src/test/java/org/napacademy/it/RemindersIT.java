package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders (issue 6) on the demo data: who sees which delegation's overdue check-ins and milestones, the
 * e-mail address, the daily digest mailed to a tiny SMTP server started by this test (the war is deployed
 * with {@code academy.mail.*} pointing at it), and the reminders page in headless Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemindersIT {
    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";
    private static SmtpCatcher smtp;
    private static HeadlessChromium chromium;

    @ArquillianResource
    URL base;

    /** The war as built, told where this test's SMTP server listens (its own config file, so no other IT mails). */
    @Deployment(testable = false)
    static WebArchive war() throws IOException {
        smtp = new SmtpCatcher();
        var war = AcademyWar.asBuilt();
        var config = new ByteArrayOutputStream();
        try (var in = war.get(CONFIG).getAsset().openStream()) {
            in.transferTo(config);
        }
        var mailSettings = """

                academy.mail.smtp.host=%s
                academy.mail.smtp.port=%d
                academy.mail.smtp.starttls=false
                academy.mail.from=academy@example.org
                academy.mail.base-url=https://academy.example.org
                """.formatted(smtp.host(), smtp.port());
        war.delete(CONFIG);
        war.add(new StringAsset(config.toString(StandardCharsets.UTF_8) + mailSettings), CONFIG);
        return war;
    }

    @BeforeAll
    static void launchChromium() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) chromium.close();
        if (smtp != null) smtp.close();
    }

    private Api api() {
        return new Api(base);
    }

    // who sees what ----------------------------------------------------------------------------------------

    @Test
    void a_delegate_sees_the_overdue_check_ins_of_their_own_delegation_only() {
        var ecuador = delegation("EC");
        var mine = api().as("delegate.ec").get("api/v1/me/reminders");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.array()).allSatisfy(entry -> assertThat(id(entry.asJsonObject(), "delegationId")).isEqualTo(ecuador));

        var own = api().as("delegate.ec").get("api/v1/delegations/" + ecuador + "/reminders");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        var overdue = own.object().getJsonArray("overdueCheckIns").stream().map(v -> v.asJsonObject().getString("dueOn")).toList();
        var expected = api().as("delegate.ec").get("api/v1/delegations/" + ecuador + "/reporting-periods").array().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("state").equals("OVERDUE")).map(p -> p.getString("dueOn")).toList();
        assertThat(overdue).isEqualTo(expected);
        var today = LocalDate.now(ZoneOffset.UTC);
        own.object().getJsonArray("overdueCheckIns").stream().map(JsonValue::asJsonObject).forEach(check -> assertThat(
                check.getJsonNumber("daysOverdue").longValue()).isEqualTo(ChronoUnit.DAYS.between(LocalDate.parse(check.getString("dueOn")), today)));
        assertThat(mine.array().isEmpty()).isEqualTo(own.object().getJsonArray("overdueCheckIns").isEmpty()
                && own.object().getJsonArray("dueMilestones").isEmpty());

        assertThat(api().as("delegate.ec").get("api/v1/delegations/" + delegation("BO") + "/reminders").status()).isEqualTo(403);
    }

    @Test
    void a_trainer_sees_every_delegation_of_their_cohorts_with_something_due() {
        var trainer = api().as("trainer");
        var listed = trainer.get("api/v1/me/reminders");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        var ids = new HashSet<Long>();
        listed.array().forEach(entry -> ids.add(id(entry.asJsonObject(), "delegationId")));

        var expected = new HashSet<Long>();
        for (var cohort : api().get("api/v1/cohorts?size=100").array()) {
            if (cohort.asJsonObject().getString("status").equals("CLOSED")) continue;
            for (var delegation : api().get("api/v1/cohorts/" + id(cohort.asJsonObject(), "id") + "/delegations").array()) {
                var one = trainer.get("api/v1/delegations/" + id(delegation.asJsonObject(), "id") + "/reminders");
                if (one.status() != 200) continue;
                if (!one.object().getJsonArray("overdueCheckIns").isEmpty() || !one.object().getJsonArray("dueMilestones").isEmpty())
                    expected.add(id(one.object(), "delegationId"));
            }
        }
        assertThat(ids).isEqualTo(expected).contains(delegation("EC"));
        assertThat(listed.array().getJsonObject(0).getJsonObject("country").getString("en")).isNotBlank();
    }

    @Test
    void a_sponsor_has_no_reminders_and_reads_no_delegation_s_and_nobody_unsigned_reads_any() {
        var mine = api().as("sponsor").get("api/v1/me/reminders");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.array()).isEmpty();
        assertThat(api().as("sponsor").get("api/v1/delegations/" + delegation("EC") + "/reminders").status()).isEqualTo(403);
        assertThat(api().anonymous().get("api/v1/me/reminders").status()).isEqualTo(401);
    }

    @Test
    void a_result_ending_within_30_days_is_a_milestone_until_it_is_done() {
        var bolivia = delegation("BO");
        var roadmap = api().get("api/v1/delegations/" + bolivia + "/roadmap").object();
        var today = LocalDate.now(ZoneOffset.UTC);
        var title = "Reminder milestone " + UUID.randomUUID();
        var created = addMilestone(bolivia, title, 10);
        var node = id(created.object(), "id");

        var due = milestone(bolivia, node);
        assertThat(due).isNotNull();
        assertThat(due.getString("title")).isEqualTo(title);
        assertThat(due.getJsonNumber("daysLeft").longValue()).isEqualTo(10);
        assertThat(due.getString("dueOn")).isEqualTo(today.plusDays(10).toString());
        assertThat(due.getString("status")).isEqualTo("NOT_STARTED");
        assertThat(id(due, "roadmapId")).isEqualTo(id(roadmap, "id"));

        var done = api().as("delegate.bo").put("api/v1/nodes/" + node, """
                {"title": "%s", "tag": "PREVENTION", "startDate": "%s", "endDate": "%s", "status": "DONE"}"""
                .formatted(title, today.minusDays(20), today.plusDays(10)), created.etag());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(milestone(bolivia, node)).isNull();
    }

    // e-mail -----------------------------------------------------------------------------------------------

    @Test
    void everyone_sets_their_own_e_mail_address_and_a_malformed_one_is_refused() {
        var refused = api().as("delegate.tt").put("api/v1/me/email", "{\"email\": \"not an address\"}", null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        var set = api().as("delegate.tt").put("api/v1/me/email", "{\"email\": \"tt@example.org\"}", null);
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(api().as("delegate.tt").get("api/v1/me").object().getString("email")).isEqualTo("tt@example.org");

        var removed = api().as("delegate.tt").put("api/v1/me/email", "{\"email\": \"\"}", null);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(api().as("delegate.tt").get("api/v1/me").object().get("email")).as("no address").isIn(null, JsonValue.NULL);
    }

    @Test
    void the_digest_mails_each_person_once_a_day_in_their_language_with_what_is_due() {
        var english = createDelegate("EC", "en");
        var spanish = createDelegate("EC", "es");
        var due = api().as(english, "reminder password").get("api/v1/me/reminders").array();
        assertThat(due).as("Ecuador has something due on the demo data").isNotEmpty();
        assertThat(api().as("trainer").post("api/v1/reminders/digest", "").status()).isEqualTo(403);

        var run = api().post("api/v1/reminders/digest", "");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.object().getBoolean("mailConfigured")).isTrue();
        assertThat(run.object().getInt("sent")).isGreaterThanOrEqualTo(2);

        var mail = smtp.mailsTo(english + "@example.org");
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).header("Subject")).startsWith("WPS NAP Academy: ").contains(" reminders on ");
        assertThat(mail.get(0).header("From")).isEqualTo("academy@example.org");
        assertThat(mail.get(0).body()).contains("Hello Reminder " + english + ",", "Ecuador (2025 Panama City)");
        if (!due.getJsonObject(0).getJsonArray("overdueCheckIns").isEmpty())
            assertThat(mail.get(0).body()).contains("Overdue check-ins", "days overdue",
                    "https://academy.example.org/delegations/" + delegation("EC") + "/check-ins");
        assertThat(smtp.mailsTo(spanish + "@example.org")).singleElement()
                .satisfies(es -> assertThat(es.header("Subject")).startsWith("Academia WPS NAP: ").contains(" recordatorios del "));

        var again = api().post("api/v1/reminders/digest", "");
        assertThat(again.object().getInt("sent")).isZero();
        assertThat(smtp.mailsTo(english + "@example.org")).hasSize(1);
    }

    // the page ---------------------------------------------------------------------------------------------

    @Test
    void the_reminders_page_lists_each_delegation_s_reminders_with_links_and_the_menu_counts_them() throws Exception {
        try (var context = chromium.newContext("en-US")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "trainer");
            page.navigate(base + "reminders");
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                    new Page.GetByRoleOptions().setName("Reminders"))).isVisible();
            PlaywrightAssertions.assertThat(page.getByText("Ecuador · 2025 Panama City")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#reminders-count")).isVisible();
            var checkIns = page.locator("a[href='delegations/" + delegation("EC") + "/check-ins']").first();
            PlaywrightAssertions.assertThat(checkIns).isVisible();
            HeadlessChromium.screenshot(page, "reminders.png");

            checkIns.click();
            page.waitForURL(url -> url.endsWith("/check-ins"));
            PlaywrightAssertions.assertThat(page.locator("#reporting-calendar")).isVisible();
        }
        try (var context = chromium.newContext("es-PA")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "delegate.ec");
            page.navigate(base + "reminders");
            PlaywrightAssertions.assertThat(page.getByText("Ecuador · 2025 Panama City")).isVisible();
            PlaywrightAssertions.assertThat(page.getByText("Bolivia · 2025 Panama City")).hasCount(0);
            PlaywrightAssertions.assertThat(page.getByText("Informe del periodo").first()).isVisible();
        }
    }

    @Test
    void a_milestone_s_line_opens_its_roadmap_with_the_result_selected() {
        var title = "Reminder link " + UUID.randomUUID().toString().substring(0, 8);
        addMilestone(delegation("BO"), title, 5);
        try (var context = chromium.newContext("en-US")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "delegate.bo");
            page.navigate(base + "reminders");
            var link = page.getByText("Goal: " + title);
            PlaywrightAssertions.assertThat(link).isVisible();
            PlaywrightAssertions.assertThat(page.getByText("in 5 days").first()).isVisible();

            link.click();
            page.waitForURL(url -> url.contains("?node="));
            PlaywrightAssertions.assertThat(page.getByLabel("Title")).hasValue(title);
        }
    }

    // helpers ----------------------------------------------------------------------------------------------

    /** A new goal of the delegation's roadmap (Bolivia's is a draft) ending {@code daysLeft} days from today, by its delegate. */
    private Api.Reply addMilestone(long delegation, String title, int daysLeft) {
        var roadmap = api().get("api/v1/delegations/" + delegation + "/roadmap").object();
        var today = LocalDate.now(ZoneOffset.UTC);
        var created = api().as("delegate.bo").post("api/v1/roadmaps/" + id(roadmap, "id") + "/nodes", """
                {"level": "GOAL", "title": "%s", "tag": "PREVENTION", "startDate": "%s", "endDate": "%s"}"""
                .formatted(title, today.minusDays(20), today.plusDays(daysLeft)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    private JsonObject milestone(long delegation, long node) {
        var reminders = api().as("delegate.bo").get("api/v1/delegations/" + delegation + "/reminders").object();
        return reminders.getJsonArray("dueMilestones").stream().map(JsonValue::asJsonObject)
                .filter(m -> id(m, "nodeId") == node).findFirst().orElse(null);
    }

    /** A new delegate of the country's Panama City delegation with an address and a language; answers the username. */
    private String createDelegate(String country, String language) {
        var username = "reminders." + UUID.randomUUID().toString().substring(0, 8);
        var created = api().post("api/v1/users", """
                {"username": "%s", "displayName": "Reminder %s", "password": "reminder password", "roles": ["DELEGATE"],
                 "delegationId": %d, "email": "%s@example.org"}""".formatted(username, username, delegation(country), username));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.object().getString("email")).isEqualTo(username + "@example.org");
        var chosen = api().as(username, "reminder password").put("api/v1/me/language", "{\"language\": \"" + language + "\"}", null);
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(204);
        return username;
    }

    /** The id of the country's delegation in the 2025 Panama City cohort. */
    private long delegation(String country) {
        var cohort = api().get("api/v1/cohorts?size=100").array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("2025 Panama City")).findFirst().orElseThrow();
        return api().get("api/v1/cohorts/" + id(cohort, "id") + "/delegations").array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("countryCode").equals(country)).map(d -> id(d, "id")).findFirst().orElseThrow();
    }

    private static long id(JsonObject object, String name) {
        return object.getJsonNumber(name).longValue();
    }
}
