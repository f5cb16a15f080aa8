package org.napacademy.interfaces.ui.errors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.napacademy.interfaces.ui.ViewTestSupport;

class UnexpectedErrorViewTest {

    @AfterEach
    void stopVaadin() {
        ViewTestSupport.tearDown();
    }

    @Test
    void a_failing_view_shows_an_apology_with_a_reference_and_never_the_exception() {
        ViewTestSupport.setUp(Locale.forLanguageTag("es"), Map.of());

        UI.getCurrent().navigate("test-failure");

        var view = _get(UnexpectedErrorView.class);
        var text = _get(Paragraph.class, spec -> spec.withId("unexpected-error")).getText();
        assertThat(text).startsWith("No se pudo mostrar esta página").containsPattern("referencia [0-9a-f]{8}");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("jdbc", "IllegalStateException", "secret");
    }
}
