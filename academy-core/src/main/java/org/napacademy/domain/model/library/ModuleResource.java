package org.napacademy.domain.model.library;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.shared.UtcInstantConverter;

/**
 * A template, guide, worked example or link in a curriculum module's library, available in one or more of
 * the platform's languages. It is either an external http(s) address or an uploaded file; the file's bytes
 * live apart, in a {@link ResourceFile}, so lists of resources never load them. Resources are retired rather
 * than deleted: delegations no longer see a retired one, trainers still do and may restore it.
 */
@Entity
@Table(name = "module_resource")
public class ModuleResource extends AbstractEntity {

    /** The platform's languages, in the order the interfaces show them. */
    public static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");
    public static final int MAX_URL_LENGTH = 2000;
    public static final int MAX_FILE_NAME_LENGTH = 200;

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private Module module;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20)
    private ResourceKind kind;

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

    @NotEmpty
    @ElementCollection
    @CollectionTable(name = "module_resource_language", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "language_code", nullable = false, length = 2)
    private Set<String> languages = new HashSet<>();

    @Column(name = "url", length = MAX_URL_LENGTH)
    private String url;

    @Column(name = "file_name", length = MAX_FILE_NAME_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING) @Column(name = "file_type", length = 10)
    private FileType fileType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @NotNull @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    @NotNull @Convert(converter = UtcInstantConverter.class) @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "retired_by", length = 60)
    private String retiredBy;

    @Convert(converter = UtcInstantConverter.class) @Column(name = "retired_at")
    private Instant retiredAt;

    protected ModuleResource() { }        // for JPA only

    private ModuleResource(Module module, String addedBy, Instant addedAt) {
        this.module = Checks.present(module, "module");
        this.addedBy = Checks.text(addedBy, 60, "who added the resource");
        this.addedAt = Checks.present(addedAt, "when the resource was added");
    }

    /** A resource that points to an http or https address outside the platform. */
    public static ModuleResource link(Module module, ResourceKind kind, LocalizedText title, LocalizedText description,
                                      Set<String> languages, String url, String addedBy, Instant addedAt) {
        var resource = new ModuleResource(module, addedBy, addedAt);
        resource.url = checkedUrl(url);
        resource.describe(kind, title, description, languages);
        return resource;
    }

    /**
     * A resource whose content is an uploaded file of {@code type} and {@code sizeBytes}, saved under a cleaned
     * {@code givenFileName} that ends as the type does; the bytes go into a {@link ResourceFile} of it.
     */
    public static ModuleResource file(Module module, ResourceKind kind, LocalizedText title, LocalizedText description,
                                      Set<String> languages, FileType type, String givenFileName, long sizeBytes,
                                      String addedBy, Instant addedAt) {
        var resource = new ModuleResource(module, addedBy, addedAt);
        resource.fileType = Checks.present(type, "file type");
        if (sizeBytes < 1) throw new IllegalArgumentException("The file is empty");
        resource.sizeBytes = sizeBytes;
        resource.fileName = fileNameFor(givenFileName, type);
        resource.describe(kind, title, description, languages);
        return resource;
    }

    /**
     * New texts, kind and languages; a link may also move to a new address ({@code newUrl}), while a file
     * resource keeps its file and takes no address.
     */
    public void change(ResourceKind newKind, LocalizedText newTitle, LocalizedText newDescription, Set<String> newLanguages,
                       String newUrl) {
        if (isFile() && newUrl != null && !newUrl.isBlank())
            throw new LibraryRuleViolation("Resource \"" + title + "\" is an uploaded file; it has no address");
        var checkedUrl = isFile() ? null : checkedUrl(newUrl);
        describe(newKind, newTitle, newDescription, newLanguages);
        if (checkedUrl != null) url = checkedUrl;
    }

    private void describe(ResourceKind newKind, LocalizedText newTitle, LocalizedText newDescription, Set<String> newLanguages) {
        Checks.present(newKind, "kind");
        if (newKind == ResourceKind.LINK && isFile())
            throw new LibraryRuleViolation("A resource of kind LINK points to an address; upload files as a template, guide or worked example");
        this.kind = newKind;
        this.title = Checks.present(newTitle, "title");
        this.description = newDescription;
        var checked = checkedLanguages(newLanguages);
        languages.clear();
        languages.addAll(checked);
    }

    /** Delegations no longer see it; trainers still do and may restore it. */
    public void retire(String by, Instant at) {
        if (isRetired()) throw new LibraryRuleViolation("Resource \"" + title + "\" was already retired on " + retiredAt);
        this.retiredBy = Checks.text(by, 60, "who retired the resource");
        this.retiredAt = Checks.present(at, "when the resource was retired");
    }

    public void restore() {
        if (!isRetired()) throw new LibraryRuleViolation("Resource \"" + title + "\" is not retired");
        this.retiredBy = null;
        this.retiredAt = null;
    }

    public Module module() { return module; }

    public ResourceKind kind() { return kind; }

    public LocalizedText title() { return title; }

    public Optional<LocalizedText> description() { return Optional.ofNullable(description); }

    /** In the platform's order: en, es, pt, fr. */
    public List<String> languages() { return LANGUAGES.stream().filter(languages::contains).toList(); }

    public boolean isAvailableIn(String language) { return languages.contains(language); }

    /** The external address of a link; empty for an uploaded file. */
    public Optional<String> url() { return Optional.ofNullable(url); }

    public boolean isFile() { return fileType != null; }

    public Optional<FileType> fileType() { return Optional.ofNullable(fileType); }

    public Optional<String> fileName() { return Optional.ofNullable(fileName); }

    public Optional<Long> sizeBytes() { return Optional.ofNullable(sizeBytes); }

    public String addedBy() { return addedBy; }

    public Instant addedAt() { return addedAt; }

    public boolean isRetired() { return retiredAt != null; }

    public Optional<String> retiredBy() { return Optional.ofNullable(retiredBy); }

    public Optional<Instant> retiredAt() { return Optional.ofNullable(retiredAt); }

    @Override public String toString() { return title == null ? "resource" : title.en(); }

    /** One or more of {@link #LANGUAGES}. */
    static Set<String> checkedLanguages(Set<String> codes) {
        if (codes == null || codes.isEmpty()) throw new IllegalArgumentException("A resource is available in at least one language");
        var unknown = codes.stream().filter(code -> !LANGUAGES.contains(code)).toList();
        if (!unknown.isEmpty()) throw new IllegalArgumentException("Languages must be among " + LANGUAGES + ", not " + unknown);
        return Set.copyOf(codes);
    }

    /** An absolute http or https address with a host. */
    static String checkedUrl(String url) {
        return Checks.webAddress(url, MAX_URL_LENGTH, "The address");
    }

    /**
     * The name a file is saved and downloaded under: the last part of what the client gave, without control
     * characters, quotes or separators, ending with the extension of the type its bytes are.
     */
    static String fileNameFor(String given, FileType type) {
        var name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"';:*?<>|]", "").trim();
        var dot = name.lastIndexOf('.');
        var base = dot > 0 ? name.substring(0, dot).trim() : dot == 0 ? "" : name;
        if (base.isEmpty()) base = "resource";
        var suffix = "." + type.extension();
        if (base.length() + suffix.length() > MAX_FILE_NAME_LENGTH) base = base.substring(0, MAX_FILE_NAME_LENGTH - suffix.length());
        return base + suffix;
    }
}
