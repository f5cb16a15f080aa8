package org.napacademy.domain.model.programme;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * A theme a programme tags its results with: the four pillars of resolution 1325 for the WPS academy, crime
 * areas for a security programme. The code is what results and exports carry; the label is what people read.
 */
@Embeddable
public class ThematicTag {
    public static final int MAX_LABEL = 120;

    @NotBlank @Size(max = 40) @Column(name = "code", nullable = false, length = 40)
    private String code;

    @NotNull @Valid @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "label_en", nullable = false, length = MAX_LABEL)),
            @AttributeOverride(name = "es", column = @Column(name = "label_es", length = MAX_LABEL)),
            @AttributeOverride(name = "pt", column = @Column(name = "label_pt", length = MAX_LABEL)),
            @AttributeOverride(name = "fr", column = @Column(name = "label_fr", length = MAX_LABEL))})
    private LocalizedText label;

    protected ThematicTag() { }           // for JPA only

    /** {@code code}: upper-case letters, digits and underscores, starting with a letter (e.g. ILLICIT_FINANCIAL_FLOWS). */
    public ThematicTag(String code, LocalizedText label) {
        var checked = Checks.text(code, 40, "tag code");
        if (!checked.matches("[A-Z][A-Z0-9_]*"))
            throw new IllegalArgumentException("A tag code is upper-case letters, digits and underscores, not " + code);
        this.code = checked;
        this.label = Checks.present(label, "label of tag " + code);
        for (var language : new String[] {"en", "es", "pt", "fr"})
            label.translationIn(language).ifPresent(text -> Checks.text(text, MAX_LABEL, "label of tag " + code + " in " + language));
    }

    public String code() { return code; }

    public LocalizedText label() { return label; }

    public String labelIn(Locale locale) { return label.in(locale); }

    @Override public boolean equals(Object o) {
        return o instanceof ThematicTag other && code.equals(other.code) && label.equals(other.label);
    }

    @Override public int hashCode() { return Objects.hash(code, label); }

    @Override public String toString() { return code; }
}
