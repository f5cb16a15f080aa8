package org.napacademy.interfaces.ui.programmes;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.napacademy.domain.model.programme.ProgrammeTerm;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * The programme's own words: a row per term with its word in the four languages. An empty row keeps the platform's
 * word (shown as the placeholder); a row with any word needs the English one, which the other languages fall back to.
 */
public class VocabularyEditor extends CustomField<Vocabulary> {
    private final Map<Term, LanguageFields> rows = new EnumMap<>(Term.class);

    public VocabularyEditor() {
        setLabel(getTranslation("programmes.vocabulary"));
        setHelperText(getTranslation("programmes.vocabulary.helper"));
        var layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setSpacing(false);
        for (var term : Term.values()) {
            var fields = new LanguageFields(ProgrammeTerm.MAX_LENGTH);
            fields.identify("vocabulary-" + term);
            for (var i = 0; i < LanguageFields.LANGUAGES.size(); i++) {
                var field = fields.all().get(i);
                field.setPlaceholder(ProgrammeTerms.platformWord(Locale.forLanguageTag(LanguageFields.LANGUAGES.get(i)), term));
                field.addValueChangeListener(change -> updateValue());
            }
            var word = ProgrammeTerms.platformWord(this, term);
            if (!rows.isEmpty()) fields.all().forEach(field -> {
                // the first row's labels head the columns; the others keep them for screen readers only
                field.setAriaLabel(word + " (" + field.getLabel() + ")");
                field.setLabel(null);
            });
            var name = new Span(word);
            name.setMinWidth("9em");
            name.getStyle().set("font-weight", "600");
            var row = new HorizontalLayout(name);
            fields.all().forEach(row::add);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.getStyle().set("flex-wrap", "wrap");
            layout.add(row);
            rows.put(term, fields);
        }
        add(layout);
    }

    /** The four fields of a term, for a form test. */
    LanguageFields fieldsOf(Term term) { return rows.get(term); }

    /** Marks each row that has words but no English one; true when there is none. */
    boolean validateRows() {
        var valid = true;
        for (var fields : rows.values()) {
            var missing = !fields.isBlank() && fields.en.getValue().isBlank();
            fields.en.setInvalid(missing);
            fields.en.setErrorMessage(missing ? getTranslation("programmes.vocabulary.englishFirst") : null);
            valid &= !missing;
        }
        return valid;
    }

    @Override
    protected Vocabulary generateModelValue() {
        var words = new EnumMap<Term, LocalizedText>(Term.class);
        rows.forEach((term, fields) -> fields.text().ifPresent(text -> words.put(term, text)));
        return new Vocabulary(words);
    }

    @Override
    protected void setPresentationValue(Vocabulary vocabulary) {
        rows.forEach((term, fields) -> fields.show(vocabulary == null ? null : vocabulary.words().get(term)));
    }
}
