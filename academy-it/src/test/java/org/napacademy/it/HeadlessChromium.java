package org.napacademy.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, the way every browser test here uses it: headless, offline
 * (no browser download), a fresh profile per context, a 1366x768 window.
 */
final class HeadlessChromium implements AutoCloseable {
    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static HeadlessChromium launch() {
        // the first page after a deployment warms Vaadin up and can take longer than the default 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        var playwright = Playwright.create();
        var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new HeadlessChromium(playwright, browser);
    }

    /** A new browser profile speaking {@code locale} (e.g. "es-PA"), so the app picks its language from it. */
    BrowserContext newContext(String locale) {
        return browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1366, 768));
    }

    /**
     * Signs {@code username} (demo password) in through the login view, as a person would, and waits for
     * the start page. Later pages of the same browser context share the signed-in session.
     */
    static void signIn(Page page, java.net.URL base, String username) {
        signIn(page, base, username, Api.DEMO_PASSWORD);
    }

    static void signIn(Page page, java.net.URL base, String username, String password) {
        page.navigate(base + "login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("#sign-out").waitFor();
    }

    /** Saves the whole page under target/screenshots, for people to look at. */
    static void screenshot(Page page, String name) throws Exception {
        var dir = Paths.get("target", "screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
