package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Body of POST /cohorts/{id}/delegations. */
public record NewDelegationRequest(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as PA") String countryCode) {
}
