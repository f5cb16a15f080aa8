package org.napacademy.domain.model.user;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.UtcInstantConverter;

/**
 * A personal API token: a secret its owner sends as {@code Authorization: Bearer ...} instead of a
 * password. Only the SHA-256 hash of the secret is kept, so the secret is shown once, when it is made.
 * A token works until it expires or its owner revokes it.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractEntity {

    /** Recording every use would write on every request; once a minute says enough about "last used". */
    public static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false)
    private UserAccount owner;

    @NotBlank @Size(max = 100) @Column(name = "name", nullable = false, length = 100)
    private String name;

    @NotBlank @Size(min = 64, max = 64) @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at")
    private Instant expiresAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() { }              // for JPA only

    /** {@code expiresAt} null: the token works until it is revoked. */
    public ApiToken(UserAccount owner, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.owner = Checks.present(owner, "owner");
        this.name = Checks.text(name, 100, "token name");
        if (tokenHash == null || !tokenHash.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256 hex hash");
        this.tokenHash = tokenHash;
        this.createdAt = Checks.present(createdAt, "creation time");
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) throw new AccountRuleViolation("A token must expire after it is created");
        this.expiresAt = expiresAt;
    }

    /** Revoking twice keeps the first time: the token stopped working then. */
    public void revoke(Instant now) {
        if (revokedAt == null) revokedAt = Checks.present(now, "revocation time");
    }

    /** Not revoked and not expired; whether its owner may still sign in is the owner's matter. */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /**
     * Whether a use at {@code now} is worth recording: never used, or last recorded a minute or more ago.
     * The repository records it without touching the version, so parallel requests never conflict.
     */
    public boolean isUseWorthRecordingAt(Instant now) {
        return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USE_RECORDING_INTERVAL));
    }

    public boolean isOwnedBy(long userId) { return owner.id() != null && owner.id() == userId; }

    public UserAccount owner() { return owner; }

    public String name() { return name; }

    public String tokenHash() { return tokenHash; }

    public Instant createdAt() { return createdAt; }

    public Optional<Instant> expiresAt() { return Optional.ofNullable(expiresAt); }

    public Optional<Instant> lastUsedAt() { return Optional.ofNullable(lastUsedAt); }

    public Optional<Instant> revokedAt() { return Optional.ofNullable(revokedAt); }

    @Override public String toString() { return "API token " + name; }
}
