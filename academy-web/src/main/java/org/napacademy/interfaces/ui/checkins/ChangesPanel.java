package org.napacademy.interfaces.ui.checkins;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.napacademy.application.CheckInChanges;
import org.napacademy.interfaces.ui.common.Formats;
import org.napacademy.interfaces.ui.roadmaps.StatusBadge;
import org.napacademy.interfaces.words.ProgrammeWords;

/** "What changed since the last check-in": node statuses before and after, new actuals beside the values they follow. */
public class ChangesPanel extends VerticalLayout {

    public ChangesPanel(CheckInChanges changes, Formats formats) {
        setPadding(false);
        setSpacing(false);
        setId("checkin-changes");
        add(new H4(getTranslation("changes.title")));
        add(new Paragraph(changes.previousPeriod() == null ? getTranslation("changes.sinceNothing")
                : getTranslation("changes.since", formats.dates(changes.previousPeriod()))));
        add(new Span(getTranslation("changes.statuses")));
        if (changes.statuses().isEmpty()) add(new Paragraph(getTranslation("changes.none")));
        changes.statuses().forEach(line -> {
            var row = new HorizontalLayout(new Span(ProgrammeWords.platform(getLocale()).level(line.level()) + ": " + line.nodeTitle()),
                    new StatusBadge(line.before()), VaadinIcon.ARROW_RIGHT.create(), new StatusBadge(line.after()));
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("status-change");
            add(row);
        });
        add(new Span(getTranslation("changes.actuals")));
        if (changes.actuals().isEmpty()) add(new Paragraph(getTranslation("changes.none")));
        changes.actuals().forEach(line -> {
            var who = line.sex() == null ? getTranslation("actual.sex.total") : getTranslation("actual.sex." + line.sex());
            var text = line.previousValue() == null
                    ? getTranslation("changes.actual.first", line.indicatorTitle(), who, formats.number(line.value()), formats.date(line.asOf()))
                    : getTranslation("changes.actual", line.indicatorTitle(), who, formats.number(line.previousValue()),
                            formats.date(line.previousAsOf()), formats.number(line.value()), formats.date(line.asOf()));
            var row = new Span(text + (line.comment() == null ? "" : " – " + line.comment()));
            row.addClassName("new-actual");
            add(row);
        });
    }
}
