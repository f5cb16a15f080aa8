package org.napacademy.interfaces.ui.cohorts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.napacademy.application.CohortDetails;
import org.napacademy.application.CohortDraft;
import org.napacademy.domain.model.programme.Programme;

/** What the cohort form edits; the constraints mirror the REST CohortRequest. Trainers: usernames, comma-separated. */
public class CohortBean {
    static final String TRAINERS = "\\s*([a-z0-9][a-z0-9._@-]{2,99}\\s*(,\\s*[a-z0-9][a-z0-9._@-]{2,99}\\s*)*)?";

    private Long id;
    private long version;
    @NotNull private Programme programme;
    @NotBlank @Size(max = 200) private String name;
    @Size(max = 200) private String venueName;
    @NotBlank @Size(max = 100) private String city;
    @NotNull private String countryCode;
    @Size(max = 60) private String timeZone;
    @NotNull private LocalDate startDate;
    @NotNull private LocalDate endDate;
    @Pattern(regexp = TRAINERS) private String trainers = "";

    /** A cohort being edited, as read from the service. */
    static CohortBean of(CohortDetails details) {
        var cohort = details.cohort();
        var bean = new CohortBean();
        bean.id = cohort.id();
        bean.version = cohort.version();
        bean.programme = cohort.programme();
        bean.name = cohort.name();
        bean.venueName = cohort.venue().name();
        bean.city = cohort.venue().city();
        bean.countryCode = cohort.venue().countryCode();
        bean.timeZone = cohort.venue().timeZone().getId();
        bean.startDate = cohort.dates().start();
        bean.endDate = cohort.dates().end();
        bean.trainers = String.join(", ", cohort.trainers());
        return bean;
    }

    CohortDraft toDraft() {
        return new CohortDraft(programme == null ? null : programme.id(), name, venueName, city, countryCode, timeZone,
                startDate, endDate, trainerSet());
    }

    Set<String> trainerSet() {
        var set = new LinkedHashSet<String>();
        if (trainers != null) Arrays.stream(trainers.split(",")).map(String::trim).filter(t -> !t.isEmpty()).forEach(set::add);
        return set;
    }

    boolean isNew() { return id == null; }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Programme getProgramme() { return programme; }
    public void setProgramme(Programme programme) { this.programme = programme; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getVenueName() { return venueName; }
    public void setVenueName(String venueName) { this.venueName = venueName; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getTrainers() { return trainers; }
    public void setTrainers(String trainers) { this.trainers = trainers; }
}
