package org.napacademy.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one database of the application. Payara resolves the MPCONFIG references at deployment, so
 * system properties ({@code -Dacademy.db.url=...}) and environment variables ({@code ACADEMY_DB_URL})
 * both choose the database; the defaults live in META-INF/microprofile-config.properties.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/academy",
        className = "${MPCONFIG=academy.db.datasource-class}",
        url = "${MPCONFIG=academy.db.url}",
        user = "${MPCONFIG=academy.db.user}",
        password = "${MPCONFIG=academy.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class AcademyDataSource {
}
