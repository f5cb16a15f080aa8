package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.napacademy.application.ParticipantDraft;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.ParticipantRole;
import org.napacademy.domain.model.delegation.Sex;

/**
 * Body of POST /delegations/{id}/participants and PUT /participants/{id}. role absent keeps the role (MEMBER
 * for a new participant); consentToBeListed absent means no consent. {@code version} is for PUT without If-Match.
 */
public record ParticipantRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 300) String institutionName,
        @NotNull InstitutionType institutionType,
        @Size(max = 200) String position,
        @NotNull Sex sex,
        ParticipantRole role,
        Boolean consentToBeListed,
        @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as es") String language,
        Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public ParticipantRequest(String givenName, String familyName, String email, String institutionName,
            InstitutionType institutionType, String position, Sex sex, ParticipantRole role,
            Boolean consentToBeListed, String language, Long version) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.email = email;
        this.institutionName = institutionName;
        this.institutionType = institutionType;
        this.position = position;
        this.sex = sex;
        this.role = role;
        this.consentToBeListed = consentToBeListed;
        this.language = language;
        this.version = version;
    }

    ParticipantDraft toDraft() {
        return new ParticipantDraft(givenName, familyName, email, institutionName, institutionType, position, sex, role,
                consentToBeListed, language);
    }
}
