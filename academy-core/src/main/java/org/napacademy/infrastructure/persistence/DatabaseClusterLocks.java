package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.persistence.sessions.Session;
import org.napacademy.application.ClusterLocks;

/**
 * {@link ClusterLocks} as PostgreSQL transaction-level advisory locks: the database every instance shares
 * releases them at commit or rollback, and when an instance dies with its connection, so no lock outlives its
 * holder and no lock table or migration is needed. On H2 it holds nothing: an H2 file database is opened by one
 * platform process only, so there is no second instance to keep out.
 */
@ApplicationScoped
public class DatabaseClusterLocks implements ClusterLocks {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdUntilCommit(String name) {
        if (!em.unwrap(Session.class).getDatasourcePlatform().isPostgreSQL()) return;
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS held")
                .setParameter(1, key(name))
                .getSingleResult();
    }

    /** A stable number for the name: String.hashCode is specified, so every instance computes the same one. */
    static long key(String name) {
        return name.hashCode();
    }
}
