package org.napacademy.domain.model.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;

/**
 * A member of a delegation. Personal data: only listed publicly when {@link #consentsToBeListed()}.
 * Enrolled through {@link Delegation#enrol}; the focal point is appointed through the delegation.
 */
@Entity
@Table(name = "participant")
public class Participant extends AbstractEntity {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id", nullable = false)
    private Delegation delegation;

    @NotBlank @Size(max = 100) @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @NotBlank @Size(max = 100) @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Email @Size(max = 254) @Column(name = "email", length = 254)
    private String email;

    @NotNull @Valid @Embedded
    private Institution institution;

    @Size(max = 200) @Column(name = "job_title", length = 200)
    private String position;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "sex", nullable = false, length = 20)
    private Sex sex;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "participant_role", nullable = false, length = 20)
    private ParticipantRole role;

    @Column(name = "consent_to_be_listed", nullable = false)
    private boolean consentToBeListed;

    @Pattern(regexp = "[a-z]{2}") @Column(name = "preferred_language", length = 2)
    private String preferredLanguage;

    protected Participant() { }           // for JPA only

    Participant(Delegation delegation, String givenName, String familyName, String email,
                Institution institution, String position, Sex sex) {
        this.delegation = Checks.present(delegation, "delegation");
        this.role = ParticipantRole.MEMBER;
        rename(givenName, familyName);
        assignEmail(email);
        changeAffiliation(institution, position);
        this.sex = Checks.present(sex, "sex");
    }

    public void rename(String newGivenName, String newFamilyName) {
        this.givenName = Checks.text(newGivenName, 100, "given name");
        this.familyName = Checks.text(newFamilyName, 100, "family name");
    }

    /** Optional: not every participant shares an address. */
    public void changeEmail(String newEmail) {
        assignEmail(newEmail);
        delegation.forgetEmails();
    }

    private void assignEmail(String newEmail) {
        var checked = Checks.optionalText(newEmail, 254, "email");
        if (checked != null && !checked.matches(EMAIL)) throw new IllegalArgumentException("not an email address: " + newEmail);
        this.email = checked;
    }

    public void changeAffiliation(Institution newInstitution, String newPosition) {
        this.institution = Checks.present(newInstitution, "institution");
        this.position = Checks.optionalText(newPosition, 200, "position");
    }

    public void declareSex(Sex declared) { this.sex = Checks.present(declared, "sex"); }

    public void consentToBeListed() { this.consentToBeListed = true; }

    public void withdrawConsentToBeListed() { this.consentToBeListed = false; }

    /** An ISO 639-1 code such as es; null for the programme's default. */
    public void preferLanguage(String code) {
        if (code != null && !code.matches("[a-z]{2}")) throw new IllegalArgumentException("not an ISO 639-1 code: " + code);
        this.preferredLanguage = code;
    }

    void takeRole(ParticipantRole newRole) { this.role = newRole; }

    public Delegation delegation() { return delegation; }

    public String givenName() { return givenName; }

    public String familyName() { return familyName; }

    public String fullName() { return givenName + " " + familyName; }

    public Optional<String> email() { return Optional.ofNullable(email); }


    public Institution institution() { return institution; }

    public Optional<String> position() { return Optional.ofNullable(position); }

    public Sex sex() { return sex; }

    public ParticipantRole role() { return role; }

    public boolean isFocalPoint() { return role == ParticipantRole.FOCAL_POINT; }

    public boolean consentsToBeListed() { return consentToBeListed; }

    public Optional<String> preferredLanguage() { return Optional.ofNullable(preferredLanguage); }

    @Override public String toString() { return fullName(); }
}
