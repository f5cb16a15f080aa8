package org.napacademy.interfaces.ui.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import org.napacademy.application.ResourceDraft;
import org.napacademy.domain.model.library.ModuleResource;
import org.napacademy.domain.model.library.ResourceKind;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * What the resource form edits; the constraints mirror the REST request. A link has a web address, a new file
 * resource the bytes received by the form's upload; an existing file keeps its file.
 */
public class ResourceBean {
    private Long id;
    private long version;
    private boolean file;
    @NotNull private ResourceKind kind;
    @NotBlank @Size(max = LocalizedText.MAX_LENGTH) private String titleEn = "";
    @Size(max = LocalizedText.MAX_LENGTH) private String titleEs = "";
    @Size(max = LocalizedText.MAX_LENGTH) private String titlePt = "";
    @Size(max = LocalizedText.MAX_LENGTH) private String titleFr = "";
    @Size(max = LocalizedText.MAX_LENGTH) private String descriptionEn = "";
    @Size(max = LocalizedText.MAX_LENGTH) private String descriptionEs = "";
    @Size(max = LocalizedText.MAX_LENGTH) private String descriptionPt = "";
    @Size(max = LocalizedText.MAX_LENGTH) private String descriptionFr = "";
    @NotEmpty private Set<String> languages = new HashSet<>();
    @Size(max = ModuleResource.MAX_URL_LENGTH) private String url = "";
    private String fileName;
    private byte[] content;

    static ResourceBean newLink() {
        var bean = new ResourceBean();
        bean.kind = ResourceKind.LINK;
        return bean;
    }

    static ResourceBean newFile() {
        var bean = new ResourceBean();
        bean.file = true;
        bean.kind = ResourceKind.TEMPLATE;
        return bean;
    }

    /** A resource being edited, as read from the service. */
    static ResourceBean of(ModuleResource resource) {
        var bean = new ResourceBean();
        bean.id = resource.id();
        bean.version = resource.version();
        bean.file = resource.isFile();
        bean.kind = resource.kind();
        bean.titleEn = resource.title().en();
        bean.titleEs = translation(resource.title(), "es");
        bean.titlePt = translation(resource.title(), "pt");
        bean.titleFr = translation(resource.title(), "fr");
        resource.description().ifPresent(description -> {
            bean.descriptionEn = description.en();
            bean.descriptionEs = translation(description, "es");
            bean.descriptionPt = translation(description, "pt");
            bean.descriptionFr = translation(description, "fr");
        });
        bean.languages = new HashSet<>(resource.languages());
        bean.url = resource.url().orElse("");
        bean.fileName = resource.fileName().orElse(null);
        return bean;
    }

    /** A translation that only repeats the English fallback is shown as missing. */
    private static String translation(LocalizedText text, String language) {
        var translated = text.in(java.util.Locale.forLanguageTag(language));
        return translated.equals(text.en()) ? "" : translated;
    }

    ResourceDraft toDraft() {
        var description = blank(descriptionEn) && blank(descriptionEs) && blank(descriptionPt) && blank(descriptionFr) ? null
                : new LocalizedText(descriptionEn, descriptionEs, descriptionPt, descriptionFr);
        return new ResourceDraft(kind, new LocalizedText(titleEn, titleEs, titlePt, titleFr), description, Set.copyOf(languages),
                file ? null : url);
    }

    private static boolean blank(String text) { return text == null || text.isBlank(); }

    boolean isNew() { return id == null; }

    boolean isFile() { return file; }

    /** The file the form received, kept until the resource is saved. */
    void receive(String receivedName, byte[] receivedContent) {
        this.fileName = receivedName;
        this.content = receivedContent;
    }

    boolean hasContent() { return content != null; }

    byte[] content() { return content; }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getFileName() { return fileName; }
    public ResourceKind getKind() { return kind; }
    public void setKind(ResourceKind kind) { this.kind = kind; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getTitleEs() { return titleEs; }
    public void setTitleEs(String titleEs) { this.titleEs = titleEs; }
    public String getTitlePt() { return titlePt; }
    public void setTitlePt(String titlePt) { this.titlePt = titlePt; }
    public String getTitleFr() { return titleFr; }
    public void setTitleFr(String titleFr) { this.titleFr = titleFr; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getDescriptionEs() { return descriptionEs; }
    public void setDescriptionEs(String descriptionEs) { this.descriptionEs = descriptionEs; }
    public String getDescriptionPt() { return descriptionPt; }
    public void setDescriptionPt(String descriptionPt) { this.descriptionPt = descriptionPt; }
    public String getDescriptionFr() { return descriptionFr; }
    public void setDescriptionFr(String descriptionFr) { this.descriptionFr = descriptionFr; }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> languages) { this.languages = languages == null ? new HashSet<>() : new HashSet<>(languages); }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url == null ? "" : url.trim(); }
}
