package org.napacademy.it;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user journey in headless Chromium against the war as built, with the demo data: one browser per
 * class, a fresh profile (and page) per test, in the language the subclass names.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserJourney {
    private static HeadlessChromium chromium;
    private final String locale;
    private BrowserContext context;
    protected Page page;

    @ArquillianResource
    protected URL base;

    protected BrowserJourney(String locale) {
        this.locale = locale;
    }

    @Deployment(testable = false)
    static WebArchive war() {
        return AcademyWar.asBuilt();
    }

    @BeforeAll
    static void launchChromium() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) chromium.close();
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
