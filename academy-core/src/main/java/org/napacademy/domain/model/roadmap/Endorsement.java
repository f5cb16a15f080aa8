package org.napacademy.domain.model.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.shared.Checks;

/** A delegation's endorsement of its gathering's shared roadmap, on a day. */
@Embeddable
public class Endorsement {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id", nullable = false)
    private Delegation delegation;

    @NotNull @Column(name = "endorsed_on", nullable = false)
    private LocalDate endorsedOn;

    protected Endorsement() { }           // for JPA only

    public Endorsement(Delegation delegation, LocalDate endorsedOn) {
        this.delegation = Checks.present(delegation, "delegation");
        this.endorsedOn = Checks.present(endorsedOn, "date of endorsement");
    }

    public Delegation delegation() { return delegation; }

    public LocalDate endorsedOn() { return endorsedOn; }

    /** One endorsement per delegation: equal when the delegation is the same. */
    @Override public boolean equals(Object o) {
        return o instanceof Endorsement other && delegation.sameAs(other.delegation);
    }

    @Override public int hashCode() { return Objects.hashCode(delegation.id()); }

    @Override public String toString() { return delegation + " on " + endorsedOn; }
}
