package org.napacademy.interfaces.ui.programmes;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Locale;
import java.util.TreeSet;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.interfaces.ui.common.DraftForm;

/**
 * A programme's configuration: name, description, languages, the result levels its roadmaps use (GOAL always),
 * its thematic tags and its own words. Raises save and close events; the view calls the service.
 */
public class ProgrammeForm extends DraftForm<ProgrammeBean> {
    final TextField name = new TextField(getTranslation("programme.name"));
    final TextArea description = new TextArea(getTranslation("programme.description"));
    final CheckboxGroup<String> languages = new CheckboxGroup<>(getTranslation("programme.languages"));
    final CheckboxGroup<ResultLevel> levels = new CheckboxGroup<>(getTranslation("programme.levels"));
    final TagsEditor tags = new TagsEditor();
    final VocabularyEditor vocabulary = new VocabularyEditor();

    public ProgrammeForm() {
        super(ProgrammeBean.class);
        name.setId("programme-name");
        name.setMaxLength(200);
        description.setMaxLength(4000);
        languages.setItems(LanguageFields.LANGUAGES);
        languages.setItemLabelGenerator(code -> Locale.forLanguageTag(code).getDisplayLanguage(getLocale()));
        levels.setItems(ResultLevel.values());
        levels.setItemLabelGenerator(level -> ProgrammeTerms.platformWord(this, Term.of(level)));
        levels.setItemEnabledProvider(level -> level != ResultLevel.GOAL);
        levels.setHelperText(getTranslation("programme.levels.helper"));
        binder.forField(tags).withValidator(value -> tags.validateRows(), getTranslation("programmes.tags.invalid")).bind("tags");
        binder.forField(vocabulary).withValidator(value -> vocabulary.validateRows(), getTranslation("programmes.vocabulary.invalid"))
                .bind("vocabulary");
        layOut(name, languages, description, levels, tags, vocabulary);
        setColspan(description, 2);
        setColspan(tags, 2);
        setColspan(vocabulary, 2);
    }

    /** Shows a programme to configure (or a new one); a language it offers beyond the platform's four stays offered. */
    public void show(ProgrammeBean programme) {
        var offered = new ArrayList<>(LanguageFields.LANGUAGES);
        new TreeSet<>(programme.getLanguages()).stream().filter(code -> !offered.contains(code)).forEach(offered::add);
        languages.setItems(offered);
        edit(programme, false);
    }
}
