package org.napacademy.interfaces.ui.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.napacademy.interfaces.ui.MainLayout;

/**
 * What a person sees when opening a view fails unexpectedly: an apology and a reference to quote, never
 * the exception. The failure is logged with that reference. More specific failures (a route not found,
 * access refused) have their own views.
 */
@ParentLayout(MainLayout.class)
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorView.class.getName());

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure opening " + event.getLocation().getPath() + " (reference " + reference + ")",
                parameter.getCaughtException());
        removeAll();
        var text = new Paragraph(getTranslation("error.unexpected.text", reference));
        text.setId("unexpected-error");
        add(new H1(getTranslation("error.unexpected.title")), text, new Anchor("", getTranslation("error.unexpected.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
