package org.napacademy.domain.model.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.napacademy.domain.model.shared.Checks;

/** Points an indicator at an external framework's indicator, e.g. SDG 5.c.1. */
@Embeddable
public class ExternalReference {

    @Enumerated(EnumType.STRING) @Column(name = "reference_framework", length = 20)
    private ReferenceFramework framework;

    @Size(max = 50) @Column(name = "reference_code", length = 50)
    private String code;

    protected ExternalReference() { }     // for JPA only

    public ExternalReference(ReferenceFramework framework, String code) {
        this.framework = Checks.present(framework, "framework");
        this.code = Checks.text(code, 50, "reference code");
    }

    public ReferenceFramework framework() { return framework; }

    public String code() { return code; }

    @Override public boolean equals(Object o) {
        return o instanceof ExternalReference other && framework == other.framework && code.equals(other.code);
    }

    @Override public int hashCode() { return Objects.hash(framework, code); }

    @Override public String toString() { return framework + " " + code; }
}
