package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.application.NodeOutline;
import org.napacademy.application.RoadmapOutline;
import org.napacademy.interfaces.ui.common.Formats;

/**
 * A Gantt-like chart of the roadmap's activities by month, drawn on the server as a CSS grid: one row per
 * activity (in start order), one column per month, a bar over the months it runs, coloured by its status.
 */
class RoadmapTimeline extends Div {

    private final Formats formats;

    RoadmapTimeline(Formats formats) {
        this.formats = formats;
        setWidthFull();
        getStyle().set("overflow-x", "auto");
    }

    void show(RoadmapOutline roadmap) {
        removeAll();
        var activities = roadmap.nodes().stream().filter(n -> n.level() == ResultLevel.ACTIVITY)
                .sorted(Comparator.comparing((NodeOutline n) -> n.schedule().start()).thenComparing(n -> n.schedule().end()))
                .toList();
        if (activities.isEmpty()) {
            add(new Paragraph(getTranslation("timeline.empty")));
            return;
        }
        var first = activities.stream().map(n -> YearMonth.from(n.schedule().start())).min(Comparator.naturalOrder()).orElseThrow();
        var last = activities.stream().map(n -> YearMonth.from(n.schedule().end())).max(Comparator.naturalOrder()).orElseThrow();
        int months = (int) ChronoUnit.MONTHS.between(first, last) + 1;

        var chart = new Div();
        chart.addClassName("roadmap-timeline");
        chart.getStyle().set("display", "grid")
                .set("grid-template-columns", "minmax(14em, 22em) repeat(" + months + ", minmax(2.4em, 1fr))")
                .set("align-items", "center").set("row-gap", "4px").set("min-width", "min-content")
                .set("font-size", "var(--lumo-font-size-s)");
        chart.add(cell(new Span(getTranslation("timeline.activity")), 2, 1, "600"));
        var monthName = DateTimeFormatter.ofPattern("MMM", formats.locale());
        for (int m = 0; m < months; m++) {
            var month = first.plusMonths(m);
            if (m == 0 || month.getMonthValue() == 1) {
                int span = Math.min(months - m, 13 - month.getMonthValue());
                var year = cell(new Span(String.valueOf(month.getYear())), 1, m + 2, "600");
                year.getStyle().set("grid-column", (m + 2) + " / span " + span).set("padding-left", "2px")
                        .set("border-left", "1px solid var(--lumo-contrast-20pct)");
                chart.add(year);
            }
            var head = cell(new Span(monthName.format(month)), 2, m + 2, "500");
            head.getStyle().set("color", "var(--lumo-secondary-text-color)").set("white-space", "nowrap")
                    .set("overflow", "hidden").set("padding-left", "2px")
                    .set("border-left", m == 0 || month.getMonthValue() == 1 ? "1px solid var(--lumo-contrast-20pct)" : "none");
            chart.add(head);
        }
        for (int row = 0; row < activities.size(); row++) {
            var activity = activities.get(row);
            var title = cell(new Span(activity.title()), row + 3, 1, "400");
            title.getStyle().set("overflow", "hidden").set("text-overflow", "ellipsis").set("white-space", "nowrap")
                    .set("padding-right", "var(--lumo-space-s)");
            title.setTitle(activity.title());
            chart.add(title);
            int from = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(activity.schedule().start())) + 2;
            int to = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(activity.schedule().end())) + 3;
            var status = activity.rolledUpStatus();
            var bar = new Div();
            bar.addClassName("timeline-bar");
            bar.getElement().setAttribute("data-status", status.name());
            bar.setTitle(activity.title() + " · " + formats.dates(activity.schedule()) + " · "
                    + getTranslation("roadmap.progress." + status));
            bar.getStyle().set("grid-row", String.valueOf(row + 3)).set("grid-column", from + " / " + to)
                    .set("height", "1.4em").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("background", StatusBadge.colourOf(status));
            chart.add(bar);
        }
        add(chart, legend(activities));
    }

    private static Div cell(Span content, int row, int column, String weight) {
        var cell = new Div(content);
        cell.getStyle().set("grid-row", String.valueOf(row)).set("grid-column", String.valueOf(column)).set("font-weight", weight);
        return cell;
    }

    private Div legend(List<NodeOutline> activities) {
        var legend = new Div();
        legend.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("margin-top", "var(--lumo-space-m)");
        activities.stream().map(NodeOutline::rolledUpStatus).distinct().sorted().map(StatusBadge::new).forEach(legend::add);
        return legend;
    }
}
