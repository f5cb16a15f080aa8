package org.napacademy.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The war exactly as the build produced it (copied by the pom before the integration tests). */
final class AcademyWar {
    private AcademyWar() {
    }

    static WebArchive asBuilt() {
        var war = new File(System.getProperty("academy.war", "target/runtime/academy-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The war under test is missing: " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
