package org.napacademy.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The war as built on one Payara Micro, called from outside over HTTP, with one headless Chromium for the
 * class: the shared set-up of the tests that use both the API and the browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ChromiumDeployment {
    protected static HeadlessChromium chromium;

    @ArquillianResource
    protected URL base;

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
}
