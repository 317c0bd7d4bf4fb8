package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.contracts.ChainDigest;
import cn.gov.qingyuan.plan.contracts.ChainLink;
import cn.gov.qingyuan.plan.contracts.ChainedEvent;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.eventing.ChainVerifier;
import cn.gov.qingyuan.plan.eventing.Integrity;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.KafkaProbe;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
import static org.awaitility.Awaitility.await;

/**
 * The event chain on real PostgreSQL, through the service: concurrent writers make one chain with no fork and no gap;
 * each kind of tampering done directly in PostgreSQL is caught and named; the link travels on the Kafka record.
 * Each tampering runs in a transaction the verifier reads through and that is rolled back, so the cases stay apart.
 */
@StackTest(clock = "2015-06-15T02:00:00Z", properties = "plan.eventing.chain-head-interval=PT0.5S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainIntegrityTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

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

    @Test
    void theHeadIsDownloadableAndPublishedOnTheChainHeadsTopic() throws Exception {
        Integrity integrity = new ChainVerifier(store).verify(null);
        HttpResult download = service.as("auditor", null).get("/api/audit/chain-head");
        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).contains("attachment").contains("industrial-projects-chain-head-" + integrity.events());
        assertThat(download.json().get("position").asLong()).isEqualTo(integrity.head().position());
        assertThat(download.json().get("link").asText()).isEqualTo(integrity.head().link());
        assertThat(download.json().get("schema").asText()).isEqualTo(service.names().schema());
        assertProblem(service.as("reporter", "county:yingde").get("/api/audit/chain-head"), 403, "Authorization", "only the auditor and operator roles");
        assertThat(service.as("operator", null).get("/api/audit/chain-head").status()).as("an operator rebuilds from the stores").isEqualTo(200);

        try (KafkaConsumer<String, byte[]> heads = KafkaProbe.consumerFromStart()) {
            heads.subscribe(List.of(Topics.CHAIN_HEADS));
            List<JsonNode> mine = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, byte[]> record : heads.poll(Duration.ofMillis(200))) {
                    JsonNode head = JSON.readTree(record.value());
                    if (head.get("schema").asText().equals(service.names().schema())) {
                        assertThat(record.key()).isEqualTo("industrial-projects");
                        assertThat(header(record, "ce_type")).isEqualTo("cn.gov.qingyuan.plan.audit.chain-head.v1");
                        mine.add(head);
                    }
                }
                assertThat(mine).as("heads published for this schema").isNotEmpty();
                JsonNode last = mine.get(mine.size() - 1);
                assertThat(last.get("position").asLong()).isEqualTo(integrity.head().position());
                assertThat(last.get("link").asText()).isEqualTo(integrity.head().link());
            });
        }
    }

    @Test
    void theChainIsExportedAsStoredAndItsLinksRecomputeFromTheLinesAlone() throws Exception {
        HttpResult exported = service.as("auditor", null).get("/api/audit/chain");
        assertThat(exported.status()).as(exported.text()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("application/x-ndjson");
        List<ChainedEvent> lines = exported.text().lines().map(line -> read(line, ChainedEvent.class)).toList();
        assertThat(lines).hasSize((int) service.storedEvents());
        String previous = ChainLink.ORIGIN;
        for (int i = 0; i < lines.size(); i++) {
            ChainedEvent event = lines.get(i);
            assertThat(event.position()).isEqualTo(i + 1);
            assertThat(event.payload()).as("UTF-8 payloads travel as text").isNotNull();
            assertThat(event.recomputed(previous).link()).as("position %d", event.position()).isEqualTo(event.link());
            previous = event.link();
        }
        assertThat(previous).isEqualTo(new ChainVerifier(store).verify(null).head().link());

        assertThat(service.as("auditor", null).get("/api/audit/chain?until=2014-01-01T00:00:00%2B08:00").text()).as("before any event").isEmpty();
        assertProblem(service.as("auditor", null).get("/api/audit/chain?until=yesterday"), 400, "until", "is not an instant");
        assertProblem(service.as("monitor", null).get("/api/audit/chain"), 403, "Authorization", "only the auditor and operator roles");
    }

    @Test
    void anExportedEventThatIsNotUtf8TravelsInBase64AndStillRecomputes() {
        ChainLink.StoredEvent stored = new ChainLink.StoredEvent(5, "e-5", "p-1", 0, "Project", "x.ProjectRegistered", "1",
                "2015-06-15T02:00:00Z", new byte[] {(byte) 0xff, 0x7b}, null);
        ChainedEvent exported = ChainedEvent.of(1, ChainLink.of(1, ChainLink.ORIGIN, stored).link(), stored);
        assertThat(exported.payload()).isNull();
        assertThat(exported.payloadBase64()).isEqualTo("/3s=");
        assertThat(read(write(exported), ChainedEvent.class).recomputed(ChainLink.ORIGIN).link()).isEqualTo(exported.link());
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
