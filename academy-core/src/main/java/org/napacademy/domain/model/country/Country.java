package org.napacademy.domain.model.country;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * ISO 3166 reference data with the country's NAP history. Keyed by its alpha-2 code, the natural key
 * every other table refers to.
 */
@Entity
@Table(name = "country")
public class Country {

    @Id @Pattern(regexp = "[A-Z]{2}") @Column(name = "iso2", length = 2)
    private String iso2;

    @Version @Column(name = "version", nullable = false)
    private long version;

    @NotNull @Pattern(regexp = "[A-Z]{3}") @Column(name = "iso3", nullable = false, length = 3)
    private String iso3;

    @NotNull @Valid @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = 100)),
            @AttributeOverride(name = "es", column = @Column(name = "name_es", length = 100)),
            @AttributeOverride(name = "pt", column = @Column(name = "name_pt", length = 100)),
            @AttributeOverride(name = "fr", column = @Column(name = "name_fr", length = 100))})
    private LocalizedText name;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "subregion", nullable = false, length = 20)
    private Subregion subregion;

    @OneToMany(mappedBy = "country", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<NapEvent> napHistory = new ArrayList<>();

    protected Country() { }               // for JPA only

    public Country(String iso2, String iso3, LocalizedText name, Subregion subregion) {
        if (iso2 == null || !iso2.matches("[A-Z]{2}")) throw new IllegalArgumentException("not an alpha-2 code: " + iso2);
        if (iso3 == null || !iso3.matches("[A-Z]{3}")) throw new IllegalArgumentException("not an alpha-3 code: " + iso3);
        this.iso2 = iso2;
        this.iso3 = iso3;
        this.name = Checks.present(name, "name");
        this.subregion = Checks.present(subregion, "subregion");
    }

    /**
     * Records a step of the NAP history. {@code date} and {@code year} are both optional (give the year
     * alone when the day is unknown); so is the plan period (start and end years).
     */
    public NapEvent recordNapEvent(NapEventType type, int generation, LocalDate date, Integer year,
                                   Integer planStartYear, Integer planEndYear, String note, String source) {
        var event = new NapEvent(this, type, generation, date, year, planStartYear, planEndYear, note, source);
        napHistory.add(event);
        return event;
    }

    /** Corrects a wrongly recorded event. */
    public void withdrawNapEvent(NapEvent event) { napHistory.remove(event); }

    /** Oldest first: by NAP generation, then lifecycle step, then known year and date. */
    public List<NapEvent> napHistory() { return napHistory.stream().sorted(NapEvent.CHRONOLOGY).toList(); }

    /**
     * The latest event in the order of {@link #napHistory()}. Generation and lifecycle step decide first
     * because reference data often lacks dates.
     */
    public Optional<NapEvent> latestNapEvent() { return napHistory.stream().max(NapEvent.CHRONOLOGY); }

    public NapStatus napStatus() { return latestNapEvent().map(e -> NapStatus.of(e.type())).orElse(NapStatus.NONE); }

    /**
     * Where the country stood on {@code day}: the latest event known to have happened by then. An event
     * with a date counts from that date; one with only a year counts from the next year (it may fall
     * after the day within its own year); one with neither cannot be placed and counts only for
     * {@link #napStatus()}.
     */
    public NapStatus napStatusOn(LocalDate day) {
        Checks.present(day, "day");
        return napHistory.stream()
                .filter(e -> e.date().map(d -> !d.isAfter(day)).orElseGet(() -> e.year().map(y -> y < day.getYear()).orElse(false)))
                .max(NapEvent.CHRONOLOGY)
                .map(e -> NapStatus.of(e.type()))
                .orElse(NapStatus.NONE);
    }

    /** True once any plan was adopted, even if it later expired. */
    public boolean hasAdoptedNap() { return napHistory.stream().anyMatch(e -> e.type() == NapEventType.ADOPTED); }

    public void rename(LocalizedText newName) { this.name = Checks.present(newName, "name"); }

    public String iso2() { return iso2; }

    public String iso3() { return iso3; }

    public LocalizedText name() { return name; }

    public Subregion subregion() { return subregion; }

    public long version() { return version; }

    @Override public String toString() { return iso2; }
}
