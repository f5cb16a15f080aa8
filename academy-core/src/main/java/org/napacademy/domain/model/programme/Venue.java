package org.napacademy.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Objects;
import org.napacademy.domain.model.shared.Checks;

/** Where a cohort meets. The IANA time zone turns the sessions' local times into instants. */
@Embeddable
public class Venue {

    @NotBlank @Size(max = 200) @Column(name = "venue_name", nullable = false, length = 200)
    private String name;

    @NotBlank @Size(max = 100) @Column(name = "venue_city", nullable = false, length = 100)
    private String city;

    @NotBlank @Pattern(regexp = "[A-Z]{2}") @Column(name = "venue_country_code", nullable = false, length = 2)
    private String countryCode;

    @NotBlank @Size(max = 60) @Column(name = "venue_time_zone", nullable = false, length = 60)
    private String timeZone;

    protected Venue() { }                 // for JPA only

    /** {@code countryCode} is ISO 3166-1 alpha-2; {@code timeZone} an IANA id such as America/Panama. */
    public Venue(String name, String city, String countryCode, String timeZone) {
        this.name = Checks.text(name, 200, "venue name");
        this.city = Checks.text(city, 100, "city");
        if (countryCode == null || !countryCode.matches("[A-Z]{2}"))
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + countryCode);
        this.countryCode = countryCode;
        this.timeZone = ZoneId.of(Checks.text(timeZone, 60, "time zone")).getId();   // refuses unknown zones
    }

    public String name() { return name; }

    public String city() { return city; }

    public String countryCode() { return countryCode; }

    public ZoneId timeZone() { return ZoneId.of(timeZone); }

    @Override public boolean equals(Object o) {
        return o instanceof Venue v && name.equals(v.name) && city.equals(v.city)
                && countryCode.equals(v.countryCode) && timeZone.equals(v.timeZone);
    }

    @Override public int hashCode() { return Objects.hash(name, city, countryCode, timeZone); }

    @Override public String toString() { return name + ", " + city; }
}
