package org.napacademy.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * What the container gives the application, without the container: a fresh H2 database in memory,
 * migrated by Flyway, with the "academy" persistence unit of EclipseLink on top.
 */
public final class MigratedDatabase implements AutoCloseable {
    private final EntityManagerFactory emf;

    private MigratedDatabase(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** {@code extraProperties} adds to or overrides the persistence unit's settings. */
    public static MigratedDatabase create(Map<String, String> extraProperties) {
        return at("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", extraProperties);
    }

    /** The database at {@code url} (e.g. the H2 file the packaged app will open), migrated like the app does. */
    public static MigratedDatabase at(String url, String password, Map<String, String> extraProperties) {
        Flyway.configure().dataSource(url, "sa", password).load().migrate();
        var properties = new HashMap<String, String>(Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", password,
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                // without weaving (plain Java SE) EclipseLink warns that LAZY to-one mappings load eagerly
                "eclipselink.logging.level.metadata", "SEVERE"));
        properties.putAll(extraProperties);
        return new MigratedDatabase(Persistence.createEntityManagerFactory("academy", properties));
    }

    /** Every read goes to the database, so a round trip really exercises the mappings. */
    public static MigratedDatabase withoutCache() {
        return create(Map.of("jakarta.persistence.sharedCache.mode", "NONE"));
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        var em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            var result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) em.getTransaction().rollback();
            em.close();
        }
    }

    public void read(Consumer<EntityManager> work) {
        var em = emf.createEntityManager();
        try {
            work.accept(em);
        } finally {
            em.close();
        }
    }

    public EntityManagerFactory factory() {
        return emf;
    }

    @Override
    public void close() {
        emf.close();
    }
}
