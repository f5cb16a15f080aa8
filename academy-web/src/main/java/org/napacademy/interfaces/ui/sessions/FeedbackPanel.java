package org.napacademy.interfaces.ui.sessions;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.napacademy.application.CurriculumService;
import org.napacademy.domain.model.curriculum.SessionFeedback;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.Formats;

/** Feedback on one session: the form for a new (anonymous) piece, and the list read page by page with its average. */
public class FeedbackPanel extends FlexLayout {
    private final CurriculumService curriculum;
    private final long sessionId;
    private final Formats formats;
    private final Span average = new Span();
    private final Grid<SessionFeedback> grid = new Grid<>();
    private final FeedbackForm form = new FeedbackForm();

    public FeedbackPanel(CurriculumService curriculum, long sessionId, Formats formats, Runnable sessionChanged) {
        this.curriculum = curriculum;
        this.sessionId = sessionId;
        this.formats = formats;
        setWidthFull();
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-l)");

        form.clear();
        form.addCloseListener(close -> form.clear());
        form.addSaveListener(save -> {
            if (Attempt.write(() -> curriculum.giveFeedback(sessionId, save.draft().toDraft()), sessionChanged)) {
                Attempt.saved();
                form.clear();
                refresh();
            }
        });
        var formColumn = new VerticalLayout(new H3(getTranslation("feedback.new")), form);
        formColumn.setPadding(false);
        formColumn.getStyle().set("flex", "1 1 22rem").set("min-width", "0");

        average.addClassName("feedback-average");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SessionFeedback::rating).setHeader(getTranslation("feedback.rating")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> f.preAssessment().map(String::valueOf).orElse("–")).setHeader(getTranslation("feedback.pre.short"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> f.postAssessment().map(String::valueOf).orElse("–")).setHeader(getTranslation("feedback.post.short"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> f.comment().orElse("")).setHeader(getTranslation("feedback.comment")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("feedback.empty"));
        grid.setAllRowsVisible(true);
        grid.setItems(query -> curriculum.feedback(sessionId, query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(curriculum.countFeedback(sessionId)));
        var listColumn = new VerticalLayout(new H3(getTranslation("feedback.title")), average, grid);
        listColumn.setPadding(false);
        listColumn.getStyle().set("flex", "2 1 26rem").set("min-width", "0");
        add(formColumn, listColumn);
        showAverage();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showAverage();
    }

    private void showAverage() {
        average.setText(getTranslation("feedback.average", formats.decimal(curriculum.averageRating(sessionId)),
                curriculum.countFeedback(sessionId)));
    }

    FeedbackForm form() { return form; }
}
