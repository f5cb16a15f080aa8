package org.napacademy.it;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A user journey in headless Chromium against the war as built, with the demo data: one browser per
 * class (from {@link ChromiumDeployment}), a fresh profile (and page) per test, in the language the subclass names.
 */
abstract class BrowserJourney extends ChromiumDeployment {
    private final String locale;
    private BrowserContext context;
    protected Page page;

    protected BrowserJourney(String locale) {
        this.locale = locale;
    }

    @BeforeEach
    void openPage() {
        context = chromium.newContext(locale);
        page = context.newPage();
        HeadlessChromium.signIn(page, base, user());
    }

    /** The demo user the journey is made by. */
    protected String user() {
        return "admin";
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected void screenshot(String name) throws Exception {
        HeadlessChromium.screenshot(page, name);
    }
}
