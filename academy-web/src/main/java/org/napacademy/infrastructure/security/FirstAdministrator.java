package org.napacademy.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.napacademy.application.ClusterLocks;
import org.napacademy.application.PasswordHasher;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;
import org.napacademy.domain.model.user.UserAccountRepository;

/**
 * Outside demo mode there is no default password: while no active administrator exists, the first one is
 * created at startup from {@code academy.admin.username} and {@code academy.admin.password}
 * (ACADEMY_ADMIN_USERNAME, ACADEMY_ADMIN_PASSWORD). Without them it only says how to create one. It runs
 * after the demo data, which brings its own administrator. The password is never logged. Instances starting
 * together take turns (a cluster lock), so only one of them creates the administrator.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrator", "DemoDataLoader"})
public class FirstAdministrator {
    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject @ConfigProperty(name = "academy.admin.username")
    Optional<String> username;

    @Inject @ConfigProperty(name = "academy.admin.password")
    Optional<String> password;

    @Inject UserAccountRepository accounts;
    @Inject ClusterLocks locks;
    @Inject PasswordHasher passwords;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void createIfMissing() {
        locks.holdUntilCommit("first administrator");
        if (hasActiveAdministrator()) return;
        var name = username.map(String::trim).filter(text -> !text.isEmpty());
        if (name.isEmpty() || password.isEmpty()) {
            LOG.warning("No active administrator exists and none is configured: nobody can manage users. Set "
                    + "academy.admin.username and academy.admin.password (environment ACADEMY_ADMIN_USERNAME and "
                    + "ACADEMY_ADMIN_PASSWORD, at least " + MIN_PASSWORD_LENGTH + " characters) and restart; "
                    + "the administrator is created at startup, then remove the password from the configuration.");
            return;
        }
        if (password.get().length() < MIN_PASSWORD_LENGTH) {
            LOG.severe(() -> "academy.admin.password is shorter than " + MIN_PASSWORD_LENGTH
                    + " characters: no administrator was created. Configure a longer one and restart.");
            return;
        }
        if (!name.get().matches(UserAccount.USERNAME_PATTERN)) {
            LOG.severe(() -> "academy.admin.username must be 3 to 100 lower-case letters, digits or . _ @ -: "
                    + "no administrator was created.");
            return;
        }
        var existing = accounts.byUsername(name.get());
        if (existing.isPresent()) {
            // an account of that name exists but is no active administrator: make it one, with the configured password
            var account = existing.get();
            account.grant(Role.ADMIN);
            account.activate();
            account.changePasswordHash(passwords.hash(password.get().toCharArray()));
            account.recordSuccessfulSignIn();
            LOG.warning(() -> "Existing user " + account.username() + " made an active administrator with the configured password");
            return;
        }
        accounts.add(new UserAccount(name.get(), "Administrator", passwords.hash(password.get().toCharArray()), Set.of(Role.ADMIN)));
        LOG.info(() -> "First administrator " + name.get() + " created from the configuration");
    }

    private boolean hasActiveAdministrator() {
        return em.createQuery("select count(u) from UserAccount u join u.roles r where r = ?1 and u.active = true", Long.class)
                .setParameter(1, Role.ADMIN).getSingleResult() > 0;
    }
}
