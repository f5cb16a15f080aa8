package org.napacademy.interfaces.ui.errors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** A view that fails while it is built, as a bug or a lost database would make a real one fail. */
@Route("test-failure")
public class FailingView extends Div {

    public FailingView() {
        throw new IllegalStateException("connection to jdbc:h2:secret refused");
    }
}
