package org.napacademy.interfaces.ui.checkins;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import org.napacademy.application.CheckInChanges;
import org.napacademy.application.ReviewDecision;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.interfaces.ui.common.Formats;

/**
 * A check-in read-only: its narrative, evidence, what changed since the last check-in, and who reviewed it and
 * when. For a reviewer of a submitted check-in, Accept and Return (with a comment) raise a {@link DecisionEvent}.
 */
public class CheckInReview extends VerticalLayout {
    final TextArea comment = new TextArea(getTranslation("review.comment"));
    final Button accept = new Button(getTranslation("review.accept"));
    final Button sendBack = new Button(getTranslation("review.return"));
    private final BeanValidationBinder<ReturnDraft> binder = new BeanValidationBinder<>(ReturnDraft.class);

    public CheckInReview(ProgressReport report, CheckInChanges changes, boolean mayDecide, Formats formats) {
        setPadding(false);
        setId("checkin-review");
        var status = new HorizontalLayout(new StateBadge(report.status()),
                new Paragraph(report.submittedAt().map(at -> getTranslation("review.submittedAt", formats.moment(at))).orElse("")));
        status.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(status);
        report.reviewerName().ifPresent(reviewer -> {
            var reviewed = new Paragraph(getTranslation("review.reviewedBy", reviewer, formats.moment(report.reviewedAt().orElse(null))));
            reviewed.setId("reviewed-by");
            add(reviewed);
        });
        report.reviewComment().ifPresent(text -> add(new Paragraph(getTranslation("review.returnedWith", text))));
        add(section("checkin.achievements", report.achievements()), section("checkin.obstacles", report.obstacles()),
                section("checkin.nextSteps", report.nextSteps()));
        if (!report.evidenceLinks().isEmpty()) {
            add(new H4(getTranslation("checkin.links")));
            report.evidenceLinks().forEach(link -> add(new Anchor(link, link, AnchorTarget.BLANK)));
        }
        add(new ChangesPanel(changes, formats));
        if (mayDecide) add(decision());
    }

    private VerticalLayout section(String key, Optional<String> text) {
        var section = new VerticalLayout(new H4(getTranslation(key)), new Paragraph(text.orElse("–")));
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private VerticalLayout decision() {
        comment.setWidthFull();
        comment.setMaxLength(4000);
        binder.forField(comment).asRequired(getTranslation("review.comment.required")).bind("comment");
        binder.setBean(new ReturnDraft());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.addClickListener(click -> fireEvent(new DecisionEvent(this, ReviewDecision.ACCEPTED, null)));
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        sendBack.addClickListener(click -> {
            if (binder.validate().isOk()) fireEvent(new DecisionEvent(this, ReviewDecision.RETURNED, binder.getBean().getComment()));
        });
        var box = new VerticalLayout(new H4(getTranslation("review.title")), comment, new HorizontalLayout(accept, sendBack));
        box.setPadding(false);
        return box;
    }

    /** The reviewer accepts the check-in, or returns it with a comment. */
    public static class DecisionEvent extends ComponentEvent<CheckInReview> {
        private final ReviewDecision decision;
        private final String comment;

        DecisionEvent(CheckInReview source, ReviewDecision decision, String comment) {
            super(source, false);
            this.decision = decision;
            this.comment = comment;
        }

        public ReviewDecision decision() { return decision; }

        public String comment() { return comment; }
    }

    public Registration addDecisionListener(ComponentEventListener<DecisionEvent> listener) {
        return addListener(DecisionEvent.class, listener);
    }
}
