package org.napacademy.domain.model.programme;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.LocalizedText;

/** One word of a programme's vocabulary, in the platform's four languages (English required). */
@Embeddable
public class ProgrammeTerm {
    public static final int MAX_LENGTH = 100;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "term", nullable = false, length = 20)
    private Term term;

    @NotNull @Valid @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "text_en", nullable = false, length = MAX_LENGTH)),
            @AttributeOverride(name = "es", column = @Column(name = "text_es", length = MAX_LENGTH)),
            @AttributeOverride(name = "pt", column = @Column(name = "text_pt", length = MAX_LENGTH)),
            @AttributeOverride(name = "fr", column = @Column(name = "text_fr", length = MAX_LENGTH))})
    private LocalizedText text;

    protected ProgrammeTerm() { }         // for JPA only

    public ProgrammeTerm(Term term, LocalizedText text) {
        this.term = Checks.present(term, "term");
        this.text = Checks.present(text, "text of " + term);
        for (var language : new String[] {"en", "es", "pt", "fr"})
            text.translationIn(language).ifPresent(word -> Checks.text(word, MAX_LENGTH, term + " in " + language));
    }

    public Term term() { return term; }

    public LocalizedText text() { return text; }

    @Override public boolean equals(Object o) {
        return o instanceof ProgrammeTerm other && term == other.term && text.equals(other.text);
    }

    @Override public int hashCode() { return Objects.hash(term, text); }

    @Override public String toString() { return term + "=" + text; }
}
