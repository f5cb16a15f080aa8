package org.napacademy.interfaces.ui.sessions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.napacademy.application.AttendanceEntry;
import org.napacademy.application.AttendanceMark;
import org.napacademy.application.AttendanceRate;
import org.napacademy.application.CurriculumService;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.Formats;

/**
 * Attendance of one session: a row per participant, grouped by delegation, with one-click status buttons; each
 * click is recorded at once. Each delegation shows its attendance rate over the cohort's sessions taken so far.
 */
public class AttendancePanel extends VerticalLayout {
    private final CurriculumService curriculum;
    private final Session session;
    private final Formats formats;
    private final Map<String, String> countryNames;
    private final Map<Long, AttendanceToggle> toggles = new HashMap<>();
    private final Map<Long, Span> rates = new HashMap<>();
    private final Runnable sessionChanged;

    public AttendancePanel(CurriculumService curriculum, Session session, Formats formats, Map<String, String> countryNames,
                           Runnable sessionChanged) {
        this.curriculum = curriculum;
        this.session = session;
        this.formats = formats;
        this.countryNames = countryNames;
        this.sessionChanged = sessionChanged;
        setPadding(false);
        setWidthFull();
        var entries = curriculum.attendance(session.id());
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("attendance.empty")));
            return;
        }
        var allPresent = new Button(getTranslation("attendance.allPresent"), VaadinIcon.CHECK_CIRCLE.create(), click -> markRestPresent());
        allPresent.setTooltipText(getTranslation("attendance.allPresent.helper"));
        add(allPresent);
        var byDelegation = new LinkedHashMap<Long, List<AttendanceEntry>>();
        entries.forEach(entry -> byDelegation.computeIfAbsent(entry.participant().delegation().id(), id -> new ArrayList<>()).add(entry));
        byDelegation.values().forEach(group -> add(delegation(group)));
        show(entries);
    }

    private Div delegation(List<AttendanceEntry> group) {
        Delegation delegation = group.get(0).participant().delegation();
        var country = countryNames.getOrDefault(delegation.country().iso2(), delegation.country().iso2());
        var title = new H3(country);
        title.getStyle().set("margin", "0");
        var rate = new Span();
        rate.addClassName("attendance-rate");
        rate.getStyle().set("color", "var(--lumo-secondary-text-color)");
        rates.put(delegation.id(), rate);
        var heading = new HorizontalLayout(title, rate);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.getStyle().set("flex-wrap", "wrap");
        var block = new Div(heading);
        block.setWidthFull();
        block.getStyle().set("margin-top", "var(--lumo-space-m)");
        group.forEach(entry -> block.add(row(entry)));
        return block;
    }

    private FlexLayout row(AttendanceEntry entry) {
        var participant = entry.participant();
        var name = new Span(participant.fullName());
        name.getStyle().set("flex", "1 1 14rem").set("font-size", "var(--lumo-font-size-l)");
        var toggle = new AttendanceToggle(participant.fullName(), status -> record(List.of(new AttendanceMark(participant.id(), status))));
        toggles.put(participant.id(), toggle);
        var row = new FlexLayout(name, toggle);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setWidthFull();
        row.getStyle().set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return row;
    }

    /** Marks everyone without a status present, in one write. */
    private void markRestPresent() {
        var rest = curriculum.attendance(session.id()).stream().filter(entry -> entry.status() == null)
                .map(entry -> new AttendanceMark(entry.participant().id(), AttendanceStatus.PRESENT)).toList();
        if (!rest.isEmpty()) record(rest);
    }

    private void record(List<AttendanceMark> marks) {
        var recorded = new ArrayList<AttendanceEntry>();
        if (Attempt.write(() -> recorded.addAll(curriculum.recordAttendance(session.id(), marks)), sessionChanged)) {
            show(recorded);
        }
    }

    private void show(List<AttendanceEntry> entries) {
        entries.forEach(entry -> {
            var toggle = toggles.get(entry.participant().id());
            if (toggle != null) toggle.show(entry.status());
        });
        for (AttendanceRate rate : curriculum.attendanceRates(session.cohort().id())) {
            var label = rates.get(rate.delegationId());
            if (label != null) {
                label.setText(getTranslation("attendance.rate", formats.percent(rate.rate()), rate.sessionsTaken()));
            }
        }
    }
}
