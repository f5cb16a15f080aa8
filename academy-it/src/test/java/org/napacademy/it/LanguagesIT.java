package org.napacademy.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three user groups' journeys in Spanish, Portuguese and French, in real headless Chromium (the English ones
 * are the other journey tests): each page is expected to speak the browser's language, with the words read
 * from the translation bundles the UI uses, and never to show a translation key in place of a text.
 */
class LanguagesIT extends ChromiumDeployment {
    private static final Path BUNDLES = Path.of("..", "academy-web", "src", "main", "resources", "vaadin-i18n");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"es-PA, no debe estar vacío", "pt-BR, não deve estar em branco", "fr-FR, ne doit pas être vide"})
    void trainer_delegate_and_sponsor_journeys_speak_the_browsers_language(String browserLocale, String blankMessage)
            throws Exception {
        var words = new Words(Locale.forLanguageTag(browserLocale).getLanguage());
        var language = words.language;
        var admin = new Api(base);
        var cohort = admin.get("api/v1/cohorts?q=Panama&size=50").array().stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("2025 Panama City")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        var session = admin.get("api/v1/cohorts/" + cohort + "/sessions").array().getJsonObject(0).getJsonNumber("id").longValue();
        var roadmap = admin.get("api/v1/roadmaps?q=ecuador").array().getJsonObject(0).getJsonNumber("id").longValue();
        var goal = admin.get("api/v1/roadmaps/" + roadmap + "/nodes").array().getJsonObject(0).getString("title");

        // journey 1 and 2: a trainer finds the cohort, its schedule and a session's attendance
        try (BrowserContext context = chromium.newContext(browserLocale)) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "trainer");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(words.get("cohorts.title")))).isVisible();
            page.getByLabel(words.get("cohorts.filter.text")).fill("Panama");
            page.locator("vaadin-grid-cell-content").getByText("2025 Panama City", new Locator.GetByTextOptions().setExact(true)).first().click();
            assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(words.get("cohort.tab.schedule")))).isVisible();
            words.assertNoKeyShown(page);
            HeadlessChromium.screenshot(page, language + "-cohort.png");
            page.navigate(base + "sessions/" + session);
            assertThat(visible(page.getByText(words.get("attendance.status.PRESENT"), new Page.GetByTextOptions().setExact(true))))
                    .isVisible();
            words.assertNoKeyShown(page);
            HeadlessChromium.screenshot(page, language + "-attendance.png");
        }

        // journeys 3 and 4: a delegate edits the roadmap (messages next to the field in the language) and opens check-ins
        try (BrowserContext context = chromium.newContext(browserLocale)) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "delegate.ec");
            page.navigate(base + "roadmaps/" + roadmap);
            assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(words.get("roadmap.tab.tree")))).isVisible();
            var goalCell = page.locator("vaadin-grid-cell-content").getByText(goal, new Locator.GetByTextOptions().setExact(true));
            var box = goalCell.boundingBox();
            page.mouse().click(box.x + box.width + 30, box.y + box.height / 2);
            visible(page.getByLabel(words.get("node.title"))).fill("");
            visible(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.get("action.save")))).click();
            assertThat(page.getByText(blankMessage).first()).isVisible();
            words.assertNoKeyShown(page);
            HeadlessChromium.screenshot(page, language + "-node-form.png");
            // leaving with the unsaved change asks first, in the language; staying keeps the typed state
            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(words.get("menu.checkIns"))).click();
            assertThat(page.getByText(words.get("unsaved.header"), new Page.GetByTextOptions().setExact(true))).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.get("unsaved.leave"))).click();
            page.waitForURL(url -> url.endsWith("/check-ins"));
            HeadlessChromium.screenshot(page, language + "-check-ins.png");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(words.pattern("checkins.title")))).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(words.get("checkins.calendar")))).isVisible();
            words.assertNoKeyShown(page);
            HeadlessChromium.screenshot(page, language + "-check-ins.png");
        }

        // journey 5: the sponsor's dashboard, charts included
        try (BrowserContext context = chromium.newContext(browserLocale)) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "sponsor");
            page.navigate(base + "dashboard");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(words.get("dashboard.title")))).isVisible();
            page.locator(".cohort-outcomes .key-figures").waitFor();
            assertThat(page.locator(".chart-card svg text", new Page.LocatorOptions().setHasText(words.get("sex.FEMALE"))).first())
                    .isVisible();
            words.assertNoKeyShown(page);
            HeadlessChromium.screenshot(page, language + "-dashboard.png");
        }
    }

    private static Locator visible(Locator locator) {
        return locator.filter(new Locator.FilterOptions().setVisible(true)).first();
    }

    /** The UI's texts in one language, read from its bundles, English where a bundle leaves a key out (as the UI does). */
    private static final class Words {
        private final String language;
        private final Properties texts = new Properties();
        private final Set<String> keys = new TreeSet<>();

        Words(String language) throws IOException {
            this.language = language;
            try (var files = Files.list(BUNDLES)) {
                for (var file : files.sorted().toList()) {
                    var name = file.getFileName().toString();
                    if (!name.contains("_")) load(file, texts);
                }
            }
            keys.addAll(texts.stringPropertyNames());
            try (var files = Files.list(BUNDLES)) {
                for (var file : files.filter(f -> f.getFileName().toString().endsWith("_" + language + ".properties")).toList()) {
                    load(file, texts);
                }
            }
        }

        private static void load(Path file, Properties into) throws IOException {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                into.load(reader);
            }
        }

        String get(String key, Object... params) {
            var text = texts.getProperty(key);
            assertThat(text).as("translation of " + key).isNotNull();
            return params.length == 0 ? text : new MessageFormat(text, Locale.forLanguageTag(language)).format(params);
        }

        /** The text with its parameters standing for any words, e.g. "{0}: check-ins" for "Ecuador: check-ins". */
        Pattern pattern(String key) {
            var placeholder = "\u0000";
            var parts = get(key, placeholder, placeholder, placeholder).split(placeholder, -1);
            // escaped by hand, not with Pattern.quote: Playwright hands the pattern to JavaScript, which knows no \Q...\E
            return Pattern.compile("^" + String.join(".+", java.util.Arrays.stream(parts)
                    .map(part -> part.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0")).toList()) + "$");
        }

        /** A key shown where its text should be means a text that did not go through the translations. */
        void assertNoKeyShown(Page page) {
            var shown = page.locator("body").innerText();
            var words = new TreeSet<String>();
            for (var word : shown.split("[\\s,;:()\"']+")) words.add(word);
            assertThat(words).as("translation keys shown on " + page.url()).doesNotContainAnyElementsOf(keys);
        }
    }
}
