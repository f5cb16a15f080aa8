package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.application.NodeOutline;
import org.napacademy.interfaces.ui.common.Formats;

/**
 * The budget lines of one node: a small grid and a form. The panel computes the node's new list of lines
 * and hands it to {@code replace}, which calls the service (lines are replaced as a whole, like the API does).
 */
class BudgetPanel extends VerticalLayout {

    private final Grid<BudgetLine> grid = new Grid<>();
    private final BudgetLineForm form = new BudgetLineForm();
    private final Button add = new Button(getTranslation("budget.add"), VaadinIcon.PLUS.create());
    private final Paragraph rule = new Paragraph();
    private final Consumer<List<BudgetLine>> replace;
    private final Formats formats;
    private List<BudgetLine> lines = List.of();

    BudgetPanel(Formats formats, Consumer<List<BudgetLine>> replace) {
        this.formats = formats;
        this.replace = replace;
        setPadding(false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(line -> formats.money(line.money())).setHeader(getTranslation("budget.amount")).setAutoWidth(true);
        grid.addColumn(line -> line.fundingSource().orElse("")).setHeader(getTranslation("budget.fundingSource")).setAutoWidth(true);
        grid.addColumn(line -> getTranslation("budget.marker." + line.genderMarker())).setHeader(getTranslation("budget.genderMarker"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("budget.empty"));
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem()
                .ifPresent(line -> open(BudgetLineDraft.of(line, lines.indexOf(line)))));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> open(BudgetLineDraft.newLine(lines.isEmpty() ? "USD" : lines.get(lines.size() - 1).money().currencyCode())));
        rule.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        form.setVisible(false);
        form.addSaveListener(save -> {
            var changed = new ArrayList<>(lines);
            var index = save.draft().index();
            if (index == null) changed.add(save.draft().toBudgetLine());
            else changed.set(index, save.draft().toBudgetLine());
            replace.accept(changed);
        });
        form.addDeleteListener(delete -> {
            var changed = new ArrayList<>(lines);
            changed.remove((int) delete.draft().index());
            replace.accept(changed);
        });
        form.addCloseListener(close -> closeForm());
        add(rule, grid, add, form);
    }

    /** {@code editable}: the roadmap is a draft, whose budgets may change. */
    void show(NodeOutline node, boolean editable) {
        lines = node.budgetLines();
        grid.setItems(lines);
        add.setVisible(editable);
        grid.setSelectionMode(editable ? Grid.SelectionMode.SINGLE : Grid.SelectionMode.NONE);
        var totals = node.budgetTotals().values();
        rule.setText(editable ? getTranslation("budget.total", totals.isEmpty() ? "–" : formats.money(totals))
                : getTranslation("budget.locked", totals.isEmpty() ? "–" : formats.money(totals)));
        closeForm();
    }

    private void open(BudgetLineDraft draft) {
        form.edit(draft, draft.index() != null);
        form.setVisible(true);
        form.amount.focus();
    }

    private void closeForm() {
        form.setVisible(false);
        grid.deselectAll();
    }
}
