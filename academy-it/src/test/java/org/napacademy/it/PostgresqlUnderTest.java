package org.napacademy.it;

import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL database of the suite's PostgreSQL run ({@code -Ppostgresql}, academy-it's pom): absent on the
 * H2 run, so tests that need PostgreSQL itself skip there.
 */
record PostgresqlUnderTest(String url, String user, String password) {

    static Optional<PostgresqlUnderTest> configured() {
        return Optional.ofNullable(System.getProperty("academy.it.pg.url")).filter(url -> !url.isBlank())
                .map(url -> new PostgresqlUnderTest(url, System.getProperty("academy.it.pg.user"),
                        System.getProperty("academy.it.pg.password")));
    }

    /** System properties that start the app on this database, emptied first as the suite's Payara starts do. */
    List<String> appOptions() {
        return List.of("-Dacademy.db.url=" + url, "-Dacademy.db.user=" + user, "-Dacademy.db.password=" + password,
                "-Dacademy.db.datasource-class=org.postgresql.ds.PGSimpleDataSource", "-Dacademy.it.wipe-database=" + url);
    }
}
