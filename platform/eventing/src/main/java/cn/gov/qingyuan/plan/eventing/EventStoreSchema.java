package cn.gov.qingyuan.plan.eventing;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the service's PostgreSQL schema and Axon's tables at start-up (Axon
 * creates none itself). It runs
 * while the context refreshes, before the tracking processors start, and every statement is
 * {@code IF NOT EXISTS}, so a restart or a second instance finds the tables and leaves them alone.
 */
class EventStoreSchema implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(EventStoreSchema.class);

    private final DataSource dataSource;
    private final EventStorageEngine storageEngine;
    private final TokenStore tokenStore;

    private final String configuredSchema;

    /** @param configuredSchema the schema every pooled connection is set to ({@code spring.datasource.hikari.schema}) */
    EventStoreSchema(DataSource dataSource, String configuredSchema, EventStorageEngine storageEngine, TokenStore tokenStore) {
        this.dataSource = dataSource;
        this.configuredSchema = configuredSchema;
        this.storageEngine = storageEngine;
        this.tokenStore = tokenStore;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        // CREATE ... IF NOT EXISTS is not safe against a second instance doing the same at the same moment
        // (PostgreSQL then fails on its catalogue's unique keys), so instances take turns under an advisory lock.
        try (Connection lock = dataSource.getConnection()) {
            String schema = schemaName(lock);
            try (PreparedStatement acquire = lock.prepareStatement("SELECT pg_advisory_lock(hashtext(?))")) {
                acquire.setString(1, "plan-event-store:" + schema);
                acquire.execute();
            }
            try {
                create(lock, schema);
            } finally {
                try (PreparedStatement release = lock.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
                    release.setString(1, "plan-event-store:" + schema);
                    release.execute();
                }
            }
            log.info("Event store tables ready in PostgreSQL schema '{}'", schema);
        }
    }

    private void create(Connection connection, String schema) throws SQLException {
        // A service's own role (deploy/postgres/init) owns its schema but may not create schemas, and PostgreSQL checks
        // that right even for CREATE SCHEMA IF NOT EXISTS on a schema that exists: create it only when it is missing.
        if (!schemaExists(connection, schema)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            } catch (SQLException e) {
                throw new SQLException("PostgreSQL schema '" + schema + "' does not exist and user " + connection.getMetaData().getUserName()
                        + " may not create it: create it owned by that user (deploy/postgres/init does) or set POSTGRES_SCHEMA", e.getSQLState(), e);
            }
        }
        if (storageEngine instanceof JdbcEventStorageEngine jdbc) {
            jdbc.createSchema(PostgresEventTableFactory.INSTANCE);
        }
        if (storageEngine instanceof ChainedEventStorageEngine) {
            EventChain.createTable(connection);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                EventChain.chainEventsBeforeTheChain(connection);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        if (tokenStore instanceof JdbcTokenStore jdbc) {
            jdbc.createSchema(PostgresTokenTableFactory.INSTANCE);
        }
    }

    private static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            exists.setString(1, schema);
            try (ResultSet rs = exists.executeQuery()) {
                return rs.next();
            }
        }
    }

    private String schemaName(Connection connection) throws SQLException {
        // PostgreSQL reports no current schema while the configured one does not exist yet.
        String schema = configuredSchema == null || configuredSchema.isBlank() ? connection.getSchema() : configuredSchema;
        if (schema == null || !schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("POSTGRES_SCHEMA must be a lower-case SQL identifier, was '" + schema + "'");
        }
        return schema;
    }
}
