package org.napacademy.domain.model.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;

/** The bytes of an uploaded resource, in a table of their own so that lists of resources never read them. */
@Entity
@Table(name = "module_resource_file")
public class ResourceFile extends AbstractEntity {

    @NotNull @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id", nullable = false, unique = true)
    private ModuleResource resource;

    @NotNull @Column(name = "content", nullable = false)
    private byte[] content;

    protected ResourceFile() { }          // for JPA only

    /** The bytes must be the type and size the resource was described with. */
    public ResourceFile(ModuleResource resource, byte[] content) {
        this.resource = Checks.present(resource, "resource");
        Checks.present(content, "content");
        if (!resource.isFile() || resource.sizeBytes().orElse(-1L) != content.length
                || FileType.sniff(content).filter(type -> type == resource.fileType().orElseThrow()).isEmpty())
            throw new IllegalArgumentException("The content is not the file resource \"" + resource + "\" describes");
        this.content = content.clone();
    }

    public ModuleResource resource() { return resource; }

    public byte[] content() { return content.clone(); }
}
