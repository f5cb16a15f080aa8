package org.napacademy.interfaces.ui.verify;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import org.napacademy.application.CertificateService;
import org.napacademy.application.CertificateVerification;
import org.napacademy.application.EntityNotFound;
import org.napacademy.interfaces.ui.common.Formats;

/**
 * The public page a certificate's printed address opens: whether the code belongs to a certificate, and
 * whose, for which cohort. Open to anyone without signing in ({@code SignInGuard} lets it through) and outside
 * the main layout, so a visitor sees none of the platform's menu.
 */
@Dependent
@Route("verify/:code")
public class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String CODE = "code";

    private final CertificateService certificates;
    private final Formats formats;

    @Inject
    public VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        this.formats = new Formats(getLocale());
        setAlignItems(FlexComponent.Alignment.CENTER);
        setMaxWidth("44em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("app.title")));
        var code = event.getRouteParameters().get(CODE).orElse("");
        try {
            show(certificates.verify(code));
        } catch (EntityNotFound unknown) {
            var icon = VaadinIcon.CLOSE_CIRCLE.create();
            icon.setColor("var(--lumo-error-color)");
            var heading = new H2(getTranslation("verify.unknown"));
            heading.setId("verify-unknown");
            add(icon, heading, new Paragraph(getTranslation("verify.unknown.detail", code)));
        }
    }

    private void show(CertificateVerification certificate) {
        var icon = VaadinIcon.CHECK_CIRCLE.create();
        icon.setColor("var(--lumo-success-color)");
        var heading = new H2(getTranslation("verify.valid"));
        heading.setId("verify-valid");
        add(icon, heading,
                new Paragraph(getTranslation("verify.participant", certificate.participantName())),
                new Paragraph(getTranslation("verify.cohort", certificate.cohort(), certificate.programme(),
                        formats.date(certificate.startDate()), formats.date(certificate.endDate()))),
                new Paragraph(getTranslation("verify.issued", formats.date(certificate.issuedAt().atZone(ZoneOffset.UTC).toLocalDate()),
                        certificate.code())));
    }

    @Override
    public String getPageTitle() { return getTranslation("verify.title") + " · " + getTranslation("app.title"); }
}
