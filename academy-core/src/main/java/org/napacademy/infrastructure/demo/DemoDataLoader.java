package org.napacademy.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.napacademy.application.ClusterLocks;

/**
 * With {@code academy.demo=true}, fills an empty database with the demo academy at startup. A startup
 * singleton that waits for the migrator runs inside deployment, so the schema exists and no request sees a
 * half-loaded database; the load is one transaction, so a failure leaves the database empty. Instances starting
 * together on one database take turns (a cluster lock): the second finds the first one's programme and loads nothing.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "academy.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    /** Resolved only in demo mode: a normal start never needs it. */
    @Inject
    Instance<Pbkdf2PasswordHash> passwordHashes;

    @Inject
    ClusterLocks locks;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void loadDemoData() {
        if (!demo) return;
        locks.holdUntilCommit("demo data");
        var passwordHash = passwordHashes.get();
        new DemoAcademy(passwordHash::generate).loadIfEmpty(new JpaDemoDataSink(em)).ifPresentOrElse(
                summary -> LOG.info(() -> "Demo data loaded: " + summary),
                () -> LOG.info("Demo data not loaded: the database already holds a programme"));
    }
}
