package org.napacademy.interfaces.ui.cohorts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.napacademy.application.CertificateCandidate;
import org.napacademy.application.CertificateService;
import org.napacademy.domain.model.certificate.Certificate;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.Formats;

/**
 * The certificates of participation of a cohort, for its trainers: every participant with the sessions attended,
 * the rate, whether it reaches the programme's threshold and the code once issued; a button issues them to the
 * eligible, links download them all or one.
 */
public class CertificatesPanel extends VerticalLayout {
    private final CertificateService certificates;
    private final Cohort cohort;
    private final Formats formats;
    private final Grid<CertificateCandidate> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Anchor downloadAll = new Anchor();

    public CertificatesPanel(CertificateService certificates, Cohort cohort, Formats formats) {
        this.certificates = certificates;
        this.cohort = cohort;
        this.formats = formats;
        setPadding(false);
        setWidthFull();

        var issue = new Button(getTranslation("certificates.issue"), VaadinIcon.DIPLOMA.create(), click -> issue());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setVisible(certificates.mayIssue(cohort));
        downloadAll.setText(getTranslation("certificates.downloadAll"));
        downloadAll.setHref("api/v1/cohorts/" + cohort.id() + "/exports/certificates");
        downloadAll.getElement().setAttribute("download", true);
        downloadAll.getElement().setAttribute("router-ignore", true);
        var actions = new HorizontalLayout(issue, downloadAll);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.addColumn(c -> c.participant().fullName()).setHeader(getTranslation("certificates.participant")).setAutoWidth(true);
        grid.addColumn(c -> c.participant().delegation().country().name().in(getLocale())).setHeader(getTranslation("certificates.delegation"));
        grid.addColumn(c -> getTranslation("certificates.sessions", c.attended(), c.held())).setHeader(getTranslation("certificates.attended"));
        grid.addColumn(c -> formats.share(c.rate())).setHeader(getTranslation("certificates.rate"));
        grid.addColumn(c -> getTranslation(c.eligible() ? "certificates.eligible" : "certificates.notEligible"))
                .setHeader(getTranslation("certificates.eligibility"));
        grid.addComponentColumn(this::certificateLink).setHeader(getTranslation("certificates.code")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(actions, summary, grid);
        show(certificates.candidates(cohort.id()));
    }

    Grid<CertificateCandidate> candidateGrid() { return grid; }

    private void issue() {
        Attempt.writeAndReload(() -> certificates.issue(cohort.id()), this::reload);
    }

    private void reload() { show(certificates.candidates(cohort.id())); }

    private void show(List<CertificateCandidate> candidates) {
        grid.setItems(candidates);
        var eligible = candidates.stream().filter(CertificateCandidate::eligible).count();
        var issued = candidates.stream().filter(c -> c.certificate().isPresent()).count();
        summary.setText(getTranslation("certificates.summary", eligible, candidates.size(), issued,
                formats.share(Optional.of(cohort.programme().certificateThreshold()))));
        downloadAll.setVisible(issued > 0);
    }

    private Component certificateLink(CertificateCandidate candidate) {
        return candidate.certificate().map(Certificate::code).map(code -> {
            var link = new Anchor("api/v1/participants/" + candidate.participant().id() + "/certificate", code);
            link.getElement().setAttribute("download", true);
            link.getElement().setAttribute("router-ignore", true);
            return (Component) link;
        }).orElseGet(() -> new Span("–"));
    }
}
