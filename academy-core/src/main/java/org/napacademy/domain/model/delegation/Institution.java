package org.napacademy.domain.model.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.napacademy.domain.model.shared.Checks;

/** The institution a participant represents, e.g. a ministry of foreign affairs or a women's network. */
@Embeddable
public class Institution {

    @NotBlank @Size(max = 300) @Column(name = "institution_name", nullable = false, length = 300)
    private String name;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "institution_type", nullable = false, length = 30)
    private InstitutionType type;

    protected Institution() { }           // for JPA only

    public Institution(String name, InstitutionType type) {
        this.name = Checks.text(name, 300, "institution name");
        this.type = Checks.present(type, "institution type");
    }

    public String name() { return name; }

    public InstitutionType type() { return type; }

    @Override public boolean equals(Object o) {
        return o instanceof Institution other && name.equals(other.name) && type == other.type;
    }

    @Override public int hashCode() { return Objects.hash(name, type); }

    @Override public String toString() { return name; }
}
