package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file database made while academy.db.password was empty opens with the configured password after one repair. */
class LegacyH2PasswordTest {
    private static final String H2 = "org.h2.jdbcx.JdbcDataSource";

    @TempDir Path directory;

    @Test
    void a_database_with_the_unresolved_reference_as_its_password_gets_the_configured_one() throws SQLException {
        var url = "jdbc:h2:file:" + directory.resolve("legacy") + ";AUTO_SERVER=FALSE";
        var opener = LegacyH2Password.through(H2, url).orElseThrow();
        try (var created = opener.open("sa", LegacyH2Password.UNRESOLVED); var statement = created.createStatement()) {
            statement.execute("CREATE TABLE kept (id INT)");
            statement.execute("INSERT INTO kept VALUES (7)");
        }

        assertThat(LegacyH2Password.repairIfNeeded(url, "sa", "academy", opener)).isTrue();

        try (var reopened = opener.open("sa", "academy"); var rows = reopened.createStatement().executeQuery("SELECT id FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
        }
        assertThatThrownBy(() -> opener.open("sa", LegacyH2Password.UNRESOLVED).close()).isInstanceOf(SQLException.class);
        assertThat(LegacyH2Password.repairIfNeeded(url, "sa", "academy", opener)).as("nothing left to repair").isFalse();
    }

    @Test
    void a_database_with_another_password_or_in_memory_is_left_alone() throws SQLException {
        var url = "jdbc:h2:file:" + directory.resolve("other") + ";AUTO_SERVER=FALSE";
        var opener = LegacyH2Password.through(H2, url).orElseThrow();
        opener.open("sa", "someone-else-s").close();

        assertThat(LegacyH2Password.repairIfNeeded(url, "sa", "academy", opener)).isFalse();
        opener.open("sa", "someone-else-s").close();
        assertThat(LegacyH2Password.repairIfNeeded("jdbc:h2:mem:x", "sa", "academy", opener)).isFalse();
        assertThat(LegacyH2Password.through("no.such.DataSource", url)).isEmpty();
    }
}
