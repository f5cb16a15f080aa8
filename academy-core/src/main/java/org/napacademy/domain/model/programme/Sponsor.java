package org.napacademy.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;

/** An organisation that funds or co-convenes cohorts. */
@Entity
@Table(name = "sponsor")
public class Sponsor extends AbstractEntity {

    @NotBlank @Size(max = 200) @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Size(max = 500) @Column(name = "website", length = 500)
    private String website;

    protected Sponsor() { }               // for JPA only

    public Sponsor(String name, String website) {
        rename(name);
        changeWebsite(website);
    }

    public void rename(String newName) { this.name = Checks.text(newName, 200, "sponsor name"); }

    /** An absolute http(s) address, or null for none. */
    public void changeWebsite(String url) {
        var checked = Checks.optionalText(url, 500, "website");
        if (checked != null && !checked.matches("(?i)https?://\\S+")) throw new IllegalArgumentException("not a web address: " + url);
        if (checked != null) URI.create(checked);
        this.website = checked;
    }

    public String name() { return name; }

    public Optional<String> website() { return Optional.ofNullable(website); }

    @Override public String toString() { return name; }
}
