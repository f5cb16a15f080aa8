package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.napacademy.application.CohortDraft;
import org.napacademy.domain.model.user.UserAccount;

/**
 * Body of POST and PUT /cohorts. {@code programmeId} is required on POST and fixed afterwards; venueName
 * defaults to the city, timeZone to UTC; trainers absent keeps them. {@code version} is for PUT without If-Match.
 */
public record CohortRequest(
        @NotNull(groups = Creation.class) Long programmeId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String venueName,
        @NotBlank @Size(max = 100) String city,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as PA") String countryCode,
        @Size(max = 60) String timeZone,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        Set<@NotNull @Pattern(regexp = UserAccount.USERNAME_PATTERN, message = "must be a username") String> trainers,
        Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public CohortRequest(Long programmeId, String name, String venueName, String city, String countryCode,
            String timeZone, LocalDate startDate, LocalDate endDate, Set<String> trainers, Long version) {
        this.programmeId = programmeId;
        this.name = name;
        this.venueName = venueName;
        this.city = city;
        this.countryCode = countryCode;
        this.timeZone = timeZone;
        this.startDate = startDate;
        this.endDate = endDate;
        this.trainers = trainers;
        this.version = version;
    }

    CohortDraft toDraft() { return new CohortDraft(programmeId, name, venueName, city, countryCode, timeZone, startDate, endDate, trainers); }
}
