package org.napacademy.interfaces.ui.programmes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.ArrayList;
import java.util.List;
import org.napacademy.domain.model.programme.ThematicTag;

/**
 * The thematic tags of a programme as a small editable list: a code and a label in four languages per row, rows
 * added, removed and moved up or down. Each row checks itself, so a message appears next to the wrong field.
 */
public class TagsEditor extends CustomField<List<TagDraft>> {
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> shown = new ArrayList<>();
    final Button add = new Button(getTranslation("programmes.tags.add"), VaadinIcon.PLUS.create(), click -> add(new TagDraft()));

    public TagsEditor() {
        setLabel(getTranslation("programmes.tags"));
        setHelperText(getTranslation("programmes.tags.helper"));
        rows.setPadding(false);
        rows.setSpacing(true);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var layout = new VerticalLayout(rows, add);
        layout.setPadding(false);
        layout.setSpacing(false);
        add(layout);
    }

    /** The rows as typed, for a form test. */
    List<Row> rows() { return List.copyOf(shown); }

    /** Checks every row, showing the messages next to its fields; true when all are valid. */
    boolean validateRows() {
        var valid = true;
        for (var row : shown) valid &= row.binder.validate().isOk();
        return valid;
    }

    @Override
    protected List<TagDraft> generateModelValue() {
        return shown.stream().map(row -> row.draft).toList();
    }

    @Override
    protected void setPresentationValue(List<TagDraft> tags) {
        rows.removeAll();
        shown.clear();
        (tags == null ? List.<TagDraft>of() : tags).forEach(this::show);
    }

    private void add(TagDraft draft) {
        show(draft);
        updateValue();
        shown.get(shown.size() - 1).code.focus();
    }

    private void show(TagDraft draft) {
        var row = new Row(draft);
        shown.add(row);
        rows.add(row.layout);
    }

    private void move(Row row, int by) {
        var at = shown.indexOf(row);
        var to = at + by;
        if (to < 0 || to >= shown.size()) return;
        shown.remove(at);
        shown.add(to, row);
        rows.removeAll();
        shown.forEach(each -> rows.add(each.layout));
        updateValue();
    }

    private void remove(Row row) {
        shown.remove(row);
        rows.remove(row.layout);
        updateValue();
    }

    /** One tag: its fields bound to its draft, so each change lands there at once. */
    final class Row {
        final TagDraft draft;
        final TextField code = new TextField(getTranslation("programmes.tag.code"));
        final LanguageFields label = new LanguageFields(ThematicTag.MAX_LABEL);
        final BeanValidationBinder<TagDraft> binder = new BeanValidationBinder<>(TagDraft.class);
        final HorizontalLayout layout;

        Row(TagDraft draft) {
            this.draft = draft;
            code.setMaxLength(40);
            code.setPlaceholder("CYBERCRIME");
            code.setMinWidth("10em");
            code.getStyle().set("flex", "2 1 10em");
            binder.forField(code)
                    .withValidator(text -> text.isBlank() || text.strip().matches(TagDraft.CODE_PATTERN),
                            getTranslation("programmes.tag.code.invalid"))
                    .bind("code");
            binder.forField(label.en).bind("en");
            binder.forField(label.es).bind("es");
            binder.forField(label.pt).bind("pt");
            binder.forField(label.fr).bind("fr");
            binder.setBean(draft);
            binder.addValueChangeListener(change -> updateValue());
            var up = icon(VaadinIcon.ARROW_UP, "programmes.tag.up", () -> move(this, -1));
            var down = icon(VaadinIcon.ARROW_DOWN, "programmes.tag.down", () -> move(this, 1));
            var remove = icon(VaadinIcon.TRASH, "programmes.tag.remove", () -> remove(this));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            layout = new HorizontalLayout(code);
            label.all().forEach(layout::add);
            layout.add(up, down, remove);
            layout.setWidthFull();
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.getStyle().set("flex-wrap", "wrap");
        }

        private Button icon(VaadinIcon icon, String labelKey, Runnable action) {
            var button = new Button(icon.create(), click -> action.run());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            button.setAriaLabel(getTranslation(labelKey));
            button.setTooltipText(getTranslation(labelKey));
            return button;
        }
    }
}
