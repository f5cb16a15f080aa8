package org.napacademy.domain.model.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.LocalizedText;

/** An academy programme: owns its cohorts, its curriculum and the template its roadmaps follow. */
@Entity
@Table(name = "programme")
public class Programme extends AbstractEntity {
    /** Three sessions in four. */
    public static final BigDecimal DEFAULT_CERTIFICATE_THRESHOLD = new BigDecimal("0.75");

    @NotBlank @Size(max = 200) @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Size(max = 4000) @Column(name = "description", length = 4000)
    private String description;

    @NotEmpty
    @ElementCollection
    @CollectionTable(name = "programme_language", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "language_code", nullable = false, length = 2)
    private Set<String> languages = new HashSet<>();

    @NotEmpty
    @ElementCollection
    @CollectionTable(name = "programme_result_level", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING) @Column(name = "result_level", nullable = false, length = 20)
    private Set<ResultLevel> levels = new HashSet<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "programme_tag", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "tag_order")
    private List<ThematicTag> tags = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "programme_term", joinColumns = @JoinColumn(name = "programme_id"))
    private Set<ProgrammeTerm> terms = new HashSet<>();

    /** The share of a cohort's sessions a participant attends to earn a certificate of participation. */
    @NotNull @Column(name = "certificate_threshold", nullable = false, precision = 5, scale = 4)
    private BigDecimal certificateThreshold = DEFAULT_CERTIFICATE_THRESHOLD;

    /** Absent until the programme sets the check-in rhythm of its cohorts. */
    @Valid @Embedded
    private ReportingCalendar reportingCalendar;

    protected Programme() { }             // for JPA only

    /** Starts with all four levels, no tags and the platform's words; see {@link #changeTemplate} and {@link #useVocabulary}. */
    public Programme(String name, String description, Set<String> languages) {
        rename(name);
        describe(description);
        offerLanguages(languages);
        changeTemplate(RoadmapTemplate.full());
    }

    public void rename(String newName) { this.name = Checks.text(newName, 200, "programme name"); }

    public void describe(String newDescription) { this.description = Checks.optionalText(newDescription, 4000, "description"); }

    /** ISO 639-1 codes (e.g. en, es, pt, fr); at least one. */
    public void offerLanguages(Set<String> codes) {
        if (codes == null || codes.isEmpty()) throw new CohortRuleViolation("A programme needs at least one language");
        codes.forEach(code -> {
            if (code == null || !code.matches("[a-z]{2}")) throw new IllegalArgumentException("not an ISO 639-1 code: " + code);
        });
        languages.clear();
        languages.addAll(codes);
    }

    /**
     * Existing roadmaps are not re-checked: the template governs the nodes and tags added from now on.
     */
    public void changeTemplate(RoadmapTemplate template) {
        Checks.present(template, "roadmap template");
        levels.clear();
        levels.addAll(template.levels());
        tags.clear();
        tags.addAll(template.tags());
    }

    /** Replaces the programme's words; a term left out falls back to the platform's word. */
    public void useVocabulary(Vocabulary vocabulary) {
        Checks.present(vocabulary, "vocabulary");
        terms.clear();
        vocabulary.words().forEach((term, text) -> terms.add(new ProgrammeTerm(term, text)));
    }

    public Vocabulary vocabulary() {
        var words = new EnumMap<Term, LocalizedText>(Term.class);
        terms.forEach(term -> words.put(term.term(), term.text()));
        return new Vocabulary(words);
    }

    /** Sets (or replaces) the check-in rhythm; reporting periods and their states follow from it. */
    public void scheduleReporting(ReportingCalendar calendar) { this.reportingCalendar = Checks.present(calendar, "reporting calendar"); }

    public Optional<ReportingCalendar> reportingCalendar() { return Optional.ofNullable(reportingCalendar); }

    /** {@code share}: more than 0, at most 1 (all sessions). */
    public void requireForCertificate(BigDecimal share) {
        Checks.present(share, "certificate threshold");
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0)
            throw new CohortRuleViolation("A certificate threshold lies above 0 and at most 1, not " + share.toPlainString());
        this.certificateThreshold = share;
    }

    public BigDecimal certificateThreshold() { return certificateThreshold; }

    /**
     * Whether attending {@code attended} of the {@code held} sessions earns a certificate: exactly at the
     * threshold does (3 of 4 at 0.75); a cohort without sessions held awards none.
     */
    public boolean awardsCertificateFor(long attended, long held) {
        if (held <= 0 || attended < 0 || attended > held) return false;
        return BigDecimal.valueOf(attended).compareTo(certificateThreshold.multiply(BigDecimal.valueOf(held))) >= 0;
    }

    public RoadmapTemplate template() { return new RoadmapTemplate(levels, tags); }

    public String name() { return name; }

    public Optional<String> description() { return Optional.ofNullable(description); }

    public Set<String> languages() { return Collections.unmodifiableSet(new TreeSet<>(languages)); }

    @Override public String toString() { return name; }
}
