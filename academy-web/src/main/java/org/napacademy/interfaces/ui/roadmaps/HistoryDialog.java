package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.napacademy.application.HistoryService;
import org.napacademy.domain.model.audit.AuditRecord;
import org.napacademy.domain.model.audit.FieldChange;

/**
 * The audit trail of one node, newest first, read page by page as the grid scrolls: when (UTC), who, what
 * happened to which entity (the node itself, its indicators, periods and measurements), and each field's
 * old and new value.
 */
class HistoryDialog extends Dialog {

    final Grid<AuditRecord> records = new Grid<>();

    HistoryDialog(long nodeId, String nodeTitle, HistoryService history) {
        setHeaderTitle(getTranslation("history.nodeTitle", nodeTitle));
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale()).withZone(ZoneOffset.UTC);
        records.addColumn(record -> when.format(record.recordedAt())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        records.addColumn(AuditRecord::actor).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        records.addColumn(this::what).setHeader(getTranslation("history.what")).setAutoWidth(true).setFlexGrow(0);
        records.addComponentColumn(this::changes).setHeader(getTranslation("history.changes")).setFlexGrow(1);
        records.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        records.setItems(query -> history.nodeHistory(nodeId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) history.countNodeHistory(nodeId));
        records.setHeight("28em");
        var empty = new Paragraph(getTranslation("history.empty"));
        empty.setVisible(history.countNodeHistory(nodeId) == 0);
        add(empty, records);
        setWidth("min(70em, 95vw)");
        setResizable(true);
        getFooter().add(new Button(getTranslation("history.close"), click -> close()));
    }

    /** E.g. "Indicator changed". */
    String what(AuditRecord record) {
        return getTranslation("history.change." + record.action(), getTranslation("history.entity." + record.entityType()));
    }

    /** One line per field: "Title: Old → New"; a side that has no value (creation, deletion) is left out. */
    private Component changes(AuditRecord record) {
        var lines = new Div();
        record.changes().forEach(change -> lines.add(new Div(line(change))));
        return lines;
    }

    String line(FieldChange change) {
        var both = change.oldValue().isPresent() && change.newValue().isPresent();
        var values = both ? shown(change.oldValue().get()) + " → " + shown(change.newValue().get())
                : shown(change.oldValue().or(change::newValue).orElse(""));
        return getTranslation("history.field." + change.field()) + ": " + values;
    }

    private String shown(String value) { return value.isEmpty() ? getTranslation("history.none") : value; }

    private Locale locale() { return getLocale() == null ? Locale.ENGLISH : getLocale(); }
}
