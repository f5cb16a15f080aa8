package org.napacademy.interfaces.ui.verify;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.security.Actor;
import org.napacademy.interfaces.ui.TestAcademy;
import org.napacademy.interfaces.ui.ViewTestSupport;
import org.napacademy.interfaces.ui.Views;

/** The public verification page, as an anonymous visitor opens it from a certificate's printed address. */
class VerifyViewTest {
    private final TestAcademy academy = new TestAcademy();

    @AfterEach
    void stopVaadin() {
        ViewTestSupport.tearDown();
    }

    @Test
    void a_known_code_shows_a_valid_certificate_with_its_holder_and_cohort() {
        academy.actor = Actor.ANONYMOUS;
        Views.setUp(academy, Locale.forLanguageTag("es"));
        UI.getCurrent().navigate("verify/" + TestAcademy.CARMENS_CERTIFICATE);

        assertThat(_get(H2.class).getText()).isEqualTo("Certificado de participación válido");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Otorgado a Carmen Quispe")
                .anySatisfy(text -> assertThat(text).startsWith("2025 Panama City del programa"));
    }

    @Test
    void an_unknown_code_says_no_certificate_has_it() {
        academy.actor = Actor.ANONYMOUS;
        Views.setUp(academy, Locale.ENGLISH);
        UI.getCurrent().navigate("verify/ZZZZ-ZZZZ-ZZZZ");

        assertThat(_get(H2.class).getText()).isEqualTo("No certificate has this code");
    }
}
