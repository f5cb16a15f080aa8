package org.napacademy.interfaces.ui.programmes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.napacademy.application.ProgrammeDraft;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.roadmap.ResultLevel;

/**
 * A programme being configured, as the form edits it; mirrors the REST {@code ProgrammeRequest}. A new one starts
 * with the platform's four languages, all four levels, no tags and the platform's words.
 */
public class ProgrammeBean {
    private Long id;
    private long version;
    @NotBlank @Size(max = 200) private String name = "";
    @Size(max = 4000) private String description = "";
    @NotEmpty private Set<String> languages = new LinkedHashSet<>(List.of("en", "es", "pt", "fr"));
    @NotEmpty private Set<ResultLevel> levels = EnumSet.allOf(ResultLevel.class);
    private List<TagDraft> tags = new ArrayList<>();
    private Vocabulary vocabulary = Vocabulary.PLATFORM;

    public static ProgrammeBean of(Programme programme) {
        var bean = new ProgrammeBean();
        bean.id = programme.id();
        bean.version = programme.version();
        bean.name = programme.name();
        bean.description = programme.description().orElse("");
        bean.languages = new LinkedHashSet<>(programme.languages());
        bean.levels = EnumSet.copyOf(programme.template().levels());
        bean.tags = new ArrayList<>(programme.template().tags().stream().map(TagDraft::of).toList());
        bean.vocabulary = programme.vocabulary();
        return bean;
    }

    public boolean isNew() { return id == null; }

    /** The draft the service takes; the certificate threshold stays as it is. */
    public ProgrammeDraft toDraft() {
        var used = EnumSet.copyOf(levels);
        used.add(ResultLevel.GOAL);
        return new ProgrammeDraft(name.strip(), TagDraft.blankless(description), Set.copyOf(languages), used,
                tags.stream().map(TagDraft::toTag).toList(), vocabulary, null);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> languages) { this.languages = new LinkedHashSet<>(languages); }
    public Set<ResultLevel> getLevels() { return levels; }
    public void setLevels(Set<ResultLevel> levels) { this.levels = levels.isEmpty() ? EnumSet.noneOf(ResultLevel.class) : EnumSet.copyOf(levels); }
    public List<TagDraft> getTags() { return tags; }
    public void setTags(List<TagDraft> tags) { this.tags = new ArrayList<>(tags); }
    public Vocabulary getVocabulary() { return vocabulary; }
    public void setVocabulary(Vocabulary vocabulary) { this.vocabulary = vocabulary; }
}
