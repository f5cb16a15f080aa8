package org.napacademy.interfaces.ui.access;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Logger;
import org.napacademy.application.security.AccessDenied;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.cohorts.CohortListView;

/**
 * What a view shows when the access policy refused what it asked for, e.g. a typed-in URL of another
 * delegation's roadmap: "not allowed" and the way home, with HTTP 403, instead of an error.
 */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDenied> {
    private static final Logger LOG = Logger.getLogger(AccessDeniedView.class.getName());

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDenied> parameter) {
        LOG.info(() -> "Refused " + event.getLocation().getPath() + ": " + parameter.getException().getMessage());
        removeAll();
        var title = new H1(getTranslation("access.denied.title"));
        title.setId("access-denied");
        add(title, new Paragraph(getTranslation("access.denied.text")),
                new RouterLink(getTranslation("access.denied.home"), CohortListView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
