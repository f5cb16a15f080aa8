package org.napacademy.domain.model.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Audited;
import org.napacademy.domain.model.shared.AuditState;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.UtcInstantConverter;

/**
 * Someone who signs in. The application layer hashes passwords (Pbkdf2PasswordHash); the account only
 * keeps the hash. Roles are loaded eagerly because every request checks them.
 */
@Entity
@Table(name = "user_account", uniqueConstraints = @UniqueConstraint(name = "uq_user_account_username", columnNames = "username"))
public class UserAccount extends AbstractEntity implements Audited {

    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._@-]{2,99}";
    /** A plain address: one @, no spaces, a dot in the domain; RFC 5321 caps an address at 254 characters. */
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    public static final int EMAIL_MAX = 254;

    @NotBlank @Pattern(regexp = USERNAME_PATTERN) @Column(name = "username", nullable = false, length = 100)
    private String username;

    @NotBlank @Size(max = 200) @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @NotBlank @Size(max = 500) @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING) @Column(name = "role_name", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "delegation_id")
    private Delegation delegation;

    @Column(name = "active", nullable = false)
    private boolean active;

    /** The programmes a sponsor funds, by id: what a SPONSOR may read. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_programme", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "programme_id", nullable = false)
    private Set<Long> sponsoredProgrammes = new HashSet<>();

    /** An ISO 639-1 code; empty until the person picks a language. */
    @Column(name = "preferred_language", length = 2)
    private String preferredLanguage;

    /** Where reminders are mailed; empty when the person gave none. */
    @Size(max = EMAIL_MAX) @Column(name = "email", length = EMAIL_MAX)
    private String email;

    /** Consecutive failed sign-ins since the last successful one. */
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected UserAccount() { }           // for JPA only

    /** {@code username}: lower case, 3 to 100 characters of letters, digits and . _ @ -. Active from the start. */
    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        if (username == null || !username.matches(USERNAME_PATTERN)) throw new IllegalArgumentException("not a valid username: " + username);
        this.username = username;
        rename(displayName);
        changePasswordHash(passwordHash);
        Checks.present(roles, "roles").forEach(this::grant);
        this.active = true;
    }

    public void rename(String newDisplayName) { this.displayName = Checks.text(newDisplayName, 200, "display name"); }

    public void changePasswordHash(String newHash) { this.passwordHash = Checks.text(newHash, 500, "password hash"); }

    public void grant(Role role) { roles.add(Checks.present(role, "role")); }

    /** A delegate keeps the DELEGATE role while linked to a delegation, a sponsor SPONSOR while funding programmes. */
    public void revoke(Role role) {
        if (role == Role.DELEGATE && delegation != null) throw new AccountRuleViolation("Unlink the delegation before revoking DELEGATE");
        if (role == Role.SPONSOR && !sponsoredProgrammes.isEmpty())
            throw new AccountRuleViolation("Stop sponsoring the programmes before revoking SPONSOR");
        roles.remove(role);
    }

    /** Only delegates belong to a delegation, and to one at a time. */
    public void joinDelegation(Delegation newDelegation) {
        if (!hasRole(Role.DELEGATE)) throw new AccountRuleViolation(username + " is not a delegate");
        this.delegation = Checks.present(newDelegation, "delegation");
    }

    public void leaveDelegation() { this.delegation = null; }

    /** Only sponsors fund programmes. */
    public void sponsorProgramme(long programmeId) {
        if (!hasRole(Role.SPONSOR)) throw new AccountRuleViolation(username + " is not a sponsor");
        sponsoredProgrammes.add(programmeId);
    }

    public void stopSponsoring(long programmeId) { sponsoredProgrammes.remove(programmeId); }

    /**
     * Counts a failed sign-in; the {@code allowed}-th consecutive failure locks the account until
     * {@code now + lock}. Answers whether this failure locked it.
     */
    public boolean recordFailedSignIn(Instant now, int allowed, Duration lock) {
        failedSignIns++;
        if (failedSignIns < allowed) return false;
        lockedUntil = now.plus(lock);
        failedSignIns = 0;
        return true;
    }

    public void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) { return lockedUntil != null && now.isBefore(lockedUntil); }

    public Optional<Instant> lockedUntil() { return Optional.ofNullable(lockedUntil); }

    public int failedSignIns() { return failedSignIns; }

    /** Remembers the language the person works in: a two-letter ISO 639-1 code such as "es". */
    public void preferLanguage(String language) {
        if (language == null || !language.matches("[a-z]{2}")) throw new IllegalArgumentException("not a two-letter language code: " + language);
        this.preferredLanguage = language;
    }

    public Optional<String> preferredLanguage() { return Optional.ofNullable(preferredLanguage); }

    /** Sets the address reminders go to; blank removes it. */
    public void changeEmail(String newEmail) {
        var address = Checks.optionalText(newEmail, EMAIL_MAX, "e-mail address");
        if (address != null && !address.matches(EMAIL_PATTERN)) throw new IllegalArgumentException("not an e-mail address: " + address);
        this.email = address;
    }

    public Optional<String> email() { return Optional.ofNullable(email); }

    public void deactivate() { this.active = false; }

    public void activate() { this.active = true; }

    public boolean hasRole(Role role) { return roles.contains(role); }

    public String username() { return username; }

    public String displayName() { return displayName; }

    public String passwordHash() { return passwordHash; }

    public Set<Role> roles() { return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles)); }

    public Set<Long> sponsoredProgrammes() { return Set.copyOf(sponsoredProgrammes); }

    public Optional<Delegation> delegation() { return Optional.ofNullable(delegation); }

    public boolean isActive() { return active; }

    /** Without the sign-in bookkeeping (failed sign-ins, lock), which would flood the trail; the password only as "changed". */
    @Override public AuditState auditState() {
        return AuditState.of().with("username", username).with("displayName", displayName).with("roles", roles)
                .with("delegation", delegation).with("sponsoredProgrammes", sponsoredProgrammes).with("active", active)
                .with("email", email).concealed("password", passwordHash);
    }

    @Override public String toString() { return username; }
}
