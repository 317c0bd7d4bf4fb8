package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.contracts.ChainDigest;
import cn.gov.qingyuan.plan.eventing.ChainLink;
import cn.gov.qingyuan.plan.eventing.ChainVerifier;
import cn.gov.qingyuan.plan.eventing.Integrity;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static cn.gov.qingyuan.plan.testkit.KafkaProbe.header;
import static cn.gov.qingyuan.plan.testkit.KafkaProbe.published;
import static cn.gov.qingyuan.plan.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event chain on real PostgreSQL, through the service: concurrent writers make one chain with no fork and no gap;
 * each kind of tampering done directly in PostgreSQL is caught and named; the link travels on the Kafka record.
 * Each tampering runs in a transaction the verifier reads through and that is rolled back, so the cases stay apart.
 */
@StackTest(clock = "2015-06-15T02:00:00Z")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainIntegrityTest {

    @Autowired
    ServiceUnderTest service;

    private DataSource store;
    private final List<String> projects = new ArrayList<>();

    @BeforeAll
    void registerProjectsConcurrently() throws Exception {
        store = service.jdbc().getDataSource();
        Http reporter = service.as("reporter", "county:yingde");
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<String>> registered = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                registered.add(CompletableFuture.supplyAsync(() -> {
                    HttpResult created = reporter.postJson("/api/projects", ProjectApiTest.validProject());
                    assertThat(created.status()).as(created.text()).isEqualTo(201);
                    String id = created.json().get("projectId").asText();
                    HttpResult reported = reporter.postJson("/api/projects/" + id + "/investment-reports",
                            cn.gov.qingyuan.plan.testkit.Http.json("period", "2015-05", "amountWanYuan", 120));
                    assertThat(reported.status()).as(reported.text()).isEqualTo(201);
                    return id;
                }, writers));
            }
            for (CompletableFuture<String> id : registered) {
                projects.add(id.get(60, TimeUnit.SECONDS));
            }
        } finally {
            writers.shutdown();
        }
    }

    @Test
    void concurrentWritersMakeOneChainWithNoForkAndNoGap() throws Exception {
        Integrity integrity = new ChainVerifier(store).verify(null);
        assertThat(integrity.status()).as(String.valueOf(integrity.broken())).isEqualTo("intact");
        assertThat(integrity.events()).isEqualTo(service.storedEvents()).isGreaterThanOrEqualTo(80);
        assertThat(service.jdbc().queryForObject("select count(distinct link) from event_chain", Long.class)).isEqualTo(integrity.events());
    }

    @Test
    void auditorsAskTheServiceOthersAreRefused() {
        JsonNode answer = service.as("auditor", null).get("/api/audit/integrity").json();
        assertThat(answer.get("status").asText()).isEqualTo("intact");
        String head = answer.get("head").get("position").asLong() + ":" + answer.get("head").get("link").asText();
        assertThat(service.as("auditor", null).get("/api/audit/integrity?head=" + head).json().get("status").asText()).isEqualTo("intact");
        assertThat(service.as("auditor", null).get("/api/audit/integrity?head=1:" + ChainLink.ORIGIN).json().get("broken").get("problem").asText())
                .contains("not the head you hold");
        assertProblem(service.as("auditor", null).get("/api/audit/integrity?head=last"), 400, "head", "a head is <position>:<64 hex digits>");
        assertProblem(service.as("monitor", null).get("/api/audit/integrity"), 403, "Authorization", "only the auditor role");
    }

    @Test
    void aChangedPayloadIsCaught() throws Exception {
        assertBroken("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '120', '12'), 'UTF8')"
                + " WHERE globalindex = (SELECT global_index FROM event_chain WHERE position = 10)", 10L, "payload was changed");
    }

    @Test
    void changedMetadataIsCaught() throws Exception {
        assertBroken("UPDATE domainevententry SET metadata = convert_to(replace(convert_from(metadata, 'UTF8'), 'reporter', 'planner'), 'UTF8')"
                + " WHERE globalindex = (SELECT global_index FROM event_chain WHERE position = 7)", 7L, "metadata was changed");
    }

    @Test
    void aDeletedMiddleEventIsCaught() throws Exception {
        assertBroken("DELETE FROM domainevententry WHERE globalindex = (SELECT global_index FROM event_chain WHERE position = 20)",
                20L, "missing from the store");
        assertBroken("DELETE FROM domainevententry WHERE globalindex = (SELECT global_index FROM event_chain WHERE position = 20);"
                + " DELETE FROM event_chain WHERE position = 20", 20L, "position 20 is missing from the chain");
    }

    @Test
    void aDeletedLastEventIsCaughtAndWithItsLinkByTheHeadAnAuditorKept() throws Exception {
        Integrity before = new ChainVerifier(store).verify(null);
        long last = before.head().position();
        assertBroken("DELETE FROM domainevententry WHERE globalindex = (SELECT global_index FROM event_chain WHERE position = " + last + ")",
                last, "missing from the store");
        try (Connection connection = transaction()) {
            execute(connection, "DELETE FROM domainevententry WHERE globalindex = (SELECT global_index FROM event_chain WHERE position = "
                    + last + "); DELETE FROM event_chain WHERE position = " + last);
            assertThat(ChainVerifier.verify(connection, null).status()).as("without a head, a shorter chain looks whole").isEqualTo("intact");
            Integrity held = ChainVerifier.verify(connection, before.head());
            assertThat(held.broken().problem()).contains("before the head you hold");
            connection.rollback();
        }
    }

    @Test
    void anEventInsertedPastTheServiceIsCaught() throws Exception {
        assertBroken("INSERT INTO domainevententry (globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, payloadtype,"
                + " payloadrevision, payload, metadata) SELECT (SELECT max(globalindex) + 1 FROM domainevententry), 'forged-' || eventidentifier,"
                + " aggregateidentifier, sequencenumber + 100, type, timestamp, payloadtype, payloadrevision, payload, metadata FROM domainevententry"
                + " WHERE globalindex = (SELECT global_index FROM event_chain WHERE position = 3)", null, "not in the chain");
    }

    @Test
    void twoSwappedEventsAreCaught() throws Exception {
        // One statement, so each side reads the other's content as it was.
        assertBroken("WITH pair AS (SELECT (SELECT global_index FROM event_chain WHERE position = 30) AS x,"
                + " (SELECT global_index FROM event_chain WHERE position = 31) AS y)"
                + " UPDATE domainevententry a SET payload = b.payload, metadata = b.metadata FROM domainevententry b, pair"
                + " WHERE (a.globalindex = pair.x AND b.globalindex = pair.y) OR (a.globalindex = pair.y AND b.globalindex = pair.x)",
                30L, "payload was changed");
    }

    @Test
    void everyPublishedRecordCarriesItsLink() {
        String project = projects.get(0);
        List<ConsumerRecord<String, byte[]>> records = published(service.names().topic(), project, 2);
        for (ConsumerRecord<String, byte[]> record : records) {
            String position = header(record, "ce_chainposition");
            String link = service.jdbc().queryForObject("select link from event_chain where position = ?", String.class, Long.parseLong(position));
            assertThat(header(record, "ce_chainlink")).isEqualTo(link).hasSize(64);
            // A consumer recomputes the link from the record alone: its data must be the payload the store chained.
            assertThat(ChainDigest.link(header(record, "ce_chainprevious"), header(record, "ce_chainheaderdigest"),
                    ChainDigest.sha256(record.value()), header(record, "ce_chainmetadatadigest"))).isEqualTo(link);
        }
    }

    /** Tampers inside a transaction, verifies through it, and rolls it back. */
    private void assertBroken(String tampering, Long position, String problem) throws SQLException {
        try (Connection connection = transaction()) {
            execute(connection, tampering);
            Integrity integrity = ChainVerifier.verify(connection, null);
            assertThat(integrity.status()).as(tampering).isEqualTo("broken");
            assertThat(integrity.broken().position()).as(integrity.broken().toString()).isEqualTo(position);
            assertThat(integrity.broken().problem()).contains(problem);
            connection.rollback();
        }
        assertThat(new ChainVerifier(store).verify(null).status()).as("rolled back").isEqualTo("intact");
    }

    private Connection transaction() throws SQLException {
        Connection connection = store.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
