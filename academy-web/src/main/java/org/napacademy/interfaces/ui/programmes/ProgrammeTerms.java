package org.napacademy.interfaces.ui.programmes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.Vocabulary;

/** How the programme pages name a term: the programme's own word in the reader's language, else the platform's. */
final class ProgrammeTerms {

    private ProgrammeTerms() { }

    /** The one place these pages resolve a word, so a shared resolver can take over here alone. */
    static String word(Component reader, Vocabulary vocabulary, Term term) {
        return vocabulary.word(term, UI.getCurrent().getLocale()).orElseGet(() -> platformWord(reader, term));
    }

    /** The platform's word for the term, what a programme that does not name it uses. */
    static String platformWord(Component reader, Term term) {
        return reader.getTranslation("programmes.term." + term);
    }
}
