package org.napacademy.domain.model.curriculum;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * A unit of a programme's curriculum, e.g. GENDER_BUDGETING. Named after the domain's word; import it
 * by its full name elsewhere, as it shadows java.lang.Module.
 */
@Entity
@Table(name = "curriculum_module", uniqueConstraints = @UniqueConstraint(
        name = "uq_curriculum_module_code", columnNames = {"programme_id", "code"}))
public class Module extends AbstractEntity {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}") @Column(name = "code", nullable = false, length = 60)
    private String code;

    @NotNull @Valid @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false, length = 4000)),
            @AttributeOverride(name = "es", column = @Column(name = "title_es", length = 4000)),
            @AttributeOverride(name = "pt", column = @Column(name = "title_pt", length = 4000)),
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr", length = 4000))})
    private LocalizedText title;

    @Valid @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "description_en", nullable = true, length = 4000)),
            @AttributeOverride(name = "es", column = @Column(name = "description_es", length = 4000)),
            @AttributeOverride(name = "pt", column = @Column(name = "description_pt", length = 4000)),
            @AttributeOverride(name = "fr", column = @Column(name = "description_fr", length = 4000))})
    private LocalizedText description;

    @Valid @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "objectives_en", nullable = true, length = 4000)),
            @AttributeOverride(name = "es", column = @Column(name = "objectives_es", length = 4000)),
            @AttributeOverride(name = "pt", column = @Column(name = "objectives_pt", length = 4000)),
            @AttributeOverride(name = "fr", column = @Column(name = "objectives_fr", length = 4000))})
    private LocalizedText learningObjectives;

    @Min(1) @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Min(0) @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected Module() { }                // for JPA only

    /** {@code code}: upper case letters, digits and underscores, unique within the programme. */
    public Module(Programme programme, String code, LocalizedText title, int durationMinutes, int displayOrder) {
        this.programme = Checks.present(programme, "programme");
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,59}")) throw new IllegalArgumentException("not a module code: " + code);
        this.code = code;
        retitle(title);
        changeDuration(durationMinutes);
        placeAt(displayOrder);
    }

    public void retitle(LocalizedText newTitle) { this.title = Checks.present(newTitle, "title"); }

    /** Either may be null. */
    public void describe(LocalizedText newDescription, LocalizedText newLearningObjectives) {
        this.description = newDescription;
        this.learningObjectives = newLearningObjectives;
    }

    public void changeDuration(int minutes) {
        if (minutes < 1) throw new IllegalArgumentException("duration must be at least one minute");
        this.durationMinutes = minutes;
    }

    /** Position in the curriculum, lowest first. */
    public void placeAt(int order) {
        if (order < 0) throw new IllegalArgumentException("display order must not be negative");
        this.displayOrder = order;
    }

    public Programme programme() { return programme; }

    public String code() { return code; }

    public LocalizedText title() { return title; }

    public Optional<LocalizedText> description() { return Optional.ofNullable(description); }

    public Optional<LocalizedText> learningObjectives() { return Optional.ofNullable(learningObjectives); }

    public int durationMinutes() { return durationMinutes; }

    public int displayOrder() { return displayOrder; }

    @Override public String toString() { return code; }
}
