package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The test-only wipe at start (academy.it.wipe-database) empties the database only when it names academy.db.url exactly. */
class DatabaseMigratorTest {
    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final JdbcDataSource dataSource = new JdbcDataSource();

    @BeforeEach
    void migrated_database_with_one_country_of_our_own() throws SQLException {
        dataSource.setURL(url);
        dataSource.setUser("sa");
        start(Optional.empty());
        execute("INSERT INTO country (iso2, version, iso3, name_en, subregion) VALUES ('ZZ', 0, 'ZZZ', 'Testland', 'CARIBBEAN')");
    }

    @Test
    void an_unset_wipe_keeps_the_data() throws SQLException {
        start(Optional.empty());
        assertThat(countries("ZZ")).isEqualTo(1);
    }

    @Test
    void a_wipe_that_does_not_name_the_database_keeps_the_data() throws SQLException {
        start(Optional.of("true"));
        start(Optional.of("jdbc:h2:mem:another"));
        assertThat(countries("ZZ")).isEqualTo(1);
    }

    @Test
    void a_wipe_naming_the_database_empties_it_and_migrates_it_again() throws SQLException {
        start(Optional.of(url));
        assertThat(countries("ZZ")).isZero();
        assertThat(countries("BO")).as("V2's countries are back").isEqualTo(1);
    }

    private void start(Optional<String> wipe) {
        var migrator = new DatabaseMigrator();
        migrator.dataSource = dataSource;
        migrator.status = new SchemaStatus();
        migrator.url = url;
        migrator.wipeDatabase = wipe;
        migrator.migrate();
        assertThat(migrator.status.migrated()).isTrue();
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private int countries(String iso2) throws SQLException {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT COUNT(*) FROM country WHERE iso2 = ?")) {
            query.setString(1, iso2);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
