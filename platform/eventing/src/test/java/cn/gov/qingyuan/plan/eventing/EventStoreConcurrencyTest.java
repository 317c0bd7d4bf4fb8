package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.math.BigDecimal;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On real PostgreSQL: the platform's store wiring creates its tables in the service's own schema (twice is
 * harmless) and turns a second writer's duplicate sequence number into Axon's ConcurrencyException.
 */
class EventStoreConcurrencyTest {

    private final EventingAutoConfiguration wiring = new EventingAutoConfiguration();

    @Test
    void twoInstancesCreatingTheTablesAtTheSameMomentBothStart() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            String schema = TestStack.uniqueName("race");
            var first = java.util.concurrent.CompletableFuture.runAsync(() -> createTables(schema));
            var second = java.util.concurrent.CompletableFuture.runAsync(() -> createTables(schema));
            java.util.concurrent.CompletableFuture.allOf(first, second).get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private void createTables(String schema) {
        PGSimpleDataSource dataSource = dataSource(schema);
        ConnectionProvider connections = dataSource::getConnection;
        JacksonSerializer serializer = JacksonSerializer.builder().build();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder().connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE).eventSerializer(serializer).snapshotSerializer(serializer).build();
        JdbcTokenStore tokens = JdbcTokenStore.builder().connectionProvider(connections).serializer(serializer).build();
        try {
            new EventStoreSchema(dataSource, schema, engine, tokens).afterPropertiesSet();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PGSimpleDataSource dataSource(String schema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestStack.get().postgresUrl() + "?currentSchema=" + schema);
        dataSource.setUser(TestStack.get().postgresUser());
        dataSource.setPassword(TestStack.get().postgresPassword());
        return dataSource;
    }

    @Test
    void aDuplicateAggregateSequenceIsAConcurrencyConflictNotAStoreFailure() throws Exception {
        String schema = TestStack.uniqueName("store");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestStack.get().postgresUrl() + "?currentSchema=" + schema);
        dataSource.setUser(TestStack.get().postgresUser());
        dataSource.setPassword(TestStack.get().postgresPassword());
        ConnectionProvider connections = dataSource::getConnection;
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(wiring.defaultAxonObjectMapper())
                .revisionResolver(wiring.revisionResolver()).build();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder().connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE).eventSerializer(serializer).snapshotSerializer(serializer)
                .persistenceExceptionResolver(wiring.persistenceExceptionResolver()).build();
        JdbcTokenStore tokens = JdbcTokenStore.builder().connectionProvider(connections).serializer(serializer).build();

        new EventStoreSchema(dataSource, schema, engine, tokens).afterPropertiesSet();
        new EventStoreSchema(dataSource, schema, engine, tokens).afterPropertiesSet();

        var payload = new ProjectInvestmentReported("p-1", County.YINGDE, ReportingPeriod.of(2015, 1), BigDecimal.TEN,
                java.time.LocalDate.of(2015, 2, 1), false);
        engine.appendEvents(new GenericDomainEventMessage<>("IndustrialProject", "p-1", 0, payload));
        assertThatThrownBy(() -> engine.appendEvents(new GenericDomainEventMessage<>("IndustrialProject", "p-1", 0, payload)))
                .as("a second aggregate under an id already taken").isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(new GenericDomainEventMessage<>("IndustrialProject", "p-1", 1, payload));
        assertThatThrownBy(() -> engine.appendEvents(new GenericDomainEventMessage<>("IndustrialProject", "p-1", 1, payload)))
                .as("a second writer appending the same sequence number").isInstanceOf(ConcurrencyException.class);

        try (Connection connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("select count(*), max(payloadrevision) from " + schema + ".domainevententry")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(2);
            assertThat(rows.getString(2)).isEqualTo("2");
        }
    }
}
