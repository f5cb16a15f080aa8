package org.napacademy.interfaces.ui.programmes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.interfaces.words.ProgrammeWords;

/** How the programme pages name a term: through the platform's one resolver, in the reader's language. */
final class ProgrammeTerms {

    private ProgrammeTerms() { }

    /** The programme's own word in the reader's language, else the platform's. */
    static String word(Component reader, Vocabulary vocabulary, Term term) {
        return ProgrammeWords.of(vocabulary, localeOf(reader)).word(term);
    }

    /** The platform's word for the term, what a programme that does not name it uses. */
    static String platformWord(Component reader, Term term) {
        return ProgrammeWords.platform(localeOf(reader)).word(term);
    }

    /** The platform's word in a given language (a placeholder of the vocabulary editor's field in that language). */
    static String platformWord(Locale language, Term term) {
        return ProgrammeWords.platform(language).word(term);
    }

    private static Locale localeOf(Component reader) {
        return reader.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent().getLocale());
    }
}
