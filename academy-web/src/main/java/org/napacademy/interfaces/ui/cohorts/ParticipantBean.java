package org.napacademy.interfaces.ui.cohorts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.napacademy.application.ParticipantDraft;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.delegation.ParticipantRole;
import org.napacademy.domain.model.delegation.Sex;

/** What the participant form edits; the constraints mirror the REST ParticipantRequest. */
public class ParticipantBean {
    private Long id;
    private long version;
    @NotBlank @Size(max = 100) private String givenName;
    @NotBlank @Size(max = 100) private String familyName;
    @Email @Size(max = 254) private String email;
    @NotBlank @Size(max = 300) private String institutionName;
    @NotNull private InstitutionType institutionType;
    @Size(max = 200) private String position;
    @NotNull private Sex sex;
    @NotNull private ParticipantRole role = ParticipantRole.MEMBER;
    private Boolean consentToBeListed = Boolean.FALSE;
    @Pattern(regexp = "[a-z]{2}") private String language;

    static ParticipantBean of(Participant participant) {
        var bean = new ParticipantBean();
        bean.id = participant.id();
        bean.version = participant.version();
        bean.givenName = participant.givenName();
        bean.familyName = participant.familyName();
        bean.email = participant.email().orElse(null);
        bean.institutionName = participant.institution().name();
        bean.institutionType = participant.institution().type();
        bean.position = participant.position().orElse(null);
        bean.sex = participant.sex();
        bean.role = participant.role();
        bean.consentToBeListed = participant.consentsToBeListed();
        bean.language = participant.preferredLanguage().orElse(null);
        return bean;
    }

    ParticipantDraft toDraft() {
        return new ParticipantDraft(givenName, familyName, blankToNull(email), institutionName, institutionType,
                blankToNull(position), sex, role, consentToBeListed, blankToNull(language));
    }

    private static String blankToNull(String text) { return text == null || text.isBlank() ? null : text.trim(); }

    boolean isNew() { return id == null; }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getInstitutionName() { return institutionName; }
    public void setInstitutionName(String institutionName) { this.institutionName = institutionName; }
    public InstitutionType getInstitutionType() { return institutionType; }
    public void setInstitutionType(InstitutionType institutionType) { this.institutionType = institutionType; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public ParticipantRole getRole() { return role; }
    public void setRole(ParticipantRole role) { this.role = role; }
    public Boolean getConsentToBeListed() { return consentToBeListed; }
    public void setConsentToBeListed(Boolean consentToBeListed) { this.consentToBeListed = consentToBeListed; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
