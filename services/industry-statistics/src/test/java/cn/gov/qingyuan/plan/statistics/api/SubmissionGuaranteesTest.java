package cn.gov.qingyuan.plan.statistics.api;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The submission guarantees through real HTTP on real PostgreSQL: identity and scope, idempotency keys,
 * optimistic concurrency, and size limits. Every refused request is checked to write nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SubmissionGuaranteesTest {

    private static final String SCHEMA = TestStack.uniqueName("statistics_guarantees");

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.environment(SCHEMA, null).forEach((key, value) -> registry.add(key, () -> value));
        registry.add("plan.eventing.topic", () -> TestStack.uniqueName("statistics_guarantees_topic"));
        // The embedded stack brings the MongoDB driver onto the test classpath; this service has no MongoDB to connect to.
        registry.add("spring.autoconfigure.exclude", () -> "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    /** Yingde's county government. */
    Http yingde;
    Http yingdePut;

    @BeforeEach
    void setUp() {
        String token = TestStack.token("reporter", "county:yingde");
        yingde = new Http("http://127.0.0.1:" + port, token);
        yingdePut = new Http("http://127.0.0.1:" + port, token);
    }

    private static String figures(int patents) {
        return json("aboveScaleEnterprises", 200, "enterprisesWithRdInstitution", 22, "patentsGranted", patents);
    }

    private static String revision(int patents, String reason) {
        return json("figures", Map.of("aboveScaleEnterprises", 200, "enterprisesWithRdInstitution", 22, "patentsGranted", patents), "reason", reason);
    }

    private void submit(String path) {
        HttpResult created = yingdePut.putJson(path, figures(10));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from " + SCHEMA + ".domainevententry", Long.class);
    }

    @Test
    void noTokenIs401AndAForgedOrExpiredOneToo() {
        submit("/api/statistical-returns/yingde/2015-01");
        long before = storedEvents();
        assertProblem(yingdePut.as(null).putJson("/api/statistical-returns/yingde/2015-02", figures(1)), 401, "unauthenticated", "Authorization");
        assertProblem(yingde.as(null).postJson("/api/statistical-returns/yingde/2015-01/revisions", revision(11, "late patent registrations")),
                401, "unauthenticated", "Authorization");
        assertProblem(yingde.as(null).get("/api/statistical-returns/yingde/2015-01"), 401, "unauthenticated", "Authorization");
        assertProblem(yingdePut.as("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").putJson("/api/statistical-returns/yingde/2015-02", figures(1)),
                401, "unauthenticated", "Authorization");
        assertProblem(yingdePut.as(TestStack.issuer().token("x", "reporter", "county:yingde", Instant.now().minus(Duration.ofHours(2)),
                Duration.ofHours(1))).putJson("/api/statistical-returns/yingde/2015-02", figures(1)), 401, "unauthenticated", "Authorization");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMonitorMayNotSubmitAndAReporterMayNotReadHistory() {
        long before = storedEvents();
        assertProblem(yingdePut.as(TestStack.token("monitor", null)).putJson("/api/statistical-returns/yingde/2016-03", figures(1)),
                403, "forbidden", "Authorization");
        assertThat(storedEvents()).isEqualTo(before);
        submit("/api/statistical-returns/yingde/2016-03");
        assertProblem(yingde.get("/api/statistical-returns/yingde/2016-03/history"), 403, "forbidden", "Authorization");
        assertThat(yingde.as(TestStack.token("monitor", null)).get("/api/statistical-returns/yingde/2016-03").status())
                .as("monitors read any return's current figures").isEqualTo(200);
    }

    @Test
    void aReporterWritingOutsideItsReportingUnitIs403AndWritesNothing() {
        submit("/api/statistical-returns/yingde/2015-04");
        long before = storedEvents();
        String qingchengToken = TestStack.token("reporter", "county:qingcheng");
        assertProblem(yingdePut.as(qingchengToken).putJson("/api/statistical-returns/yingde/2015-05", figures(1)),
                403, "forbidden", "county:qingcheng does not report for county yingde");
        assertProblem(yingde.as(qingchengToken).postJson("/api/statistical-returns/yingde/2015-04/revisions", revision(12, "not ours to revise")),
                403, "forbidden", "does not report for county yingde");
        assertProblem(yingde.as(qingchengToken).get("/api/statistical-returns/yingde/2015-04"), 403, "forbidden",
                "does not report for county yingde");
        assertProblem(yingdePut.as(TestStack.token("reporter", "park:huaqiao")).putJson("/api/statistical-returns/yingde/2015-05", figures(1)),
                403, "forbidden", "park:huaqiao does not report for county yingde");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(yingdePut.as(TestStack.token("reporter", "bureau:statistics")).putJson("/api/statistical-returns/yingde/2015-05", figures(1))
                .status()).as("city bureaus report for every county").isEqualTo(201);
        assertThat(yingde.as(TestStack.token("reporter", "bureau:science"))
                .postJson("/api/statistical-returns/yingde/2015-04/revisions", revision(12, "patent office list")).status()).isEqualTo(201);
    }

    @Test
    void everyEventRecordsTheVerifiedIdentityNotWhatTheClientClaims() {
        HttpResult created = yingdePut.as(TestStack.issuer().token("chen.jing", "reporter", "county:yingde", Duration.ofMinutes(5)))
                .putJson("/api/statistical-returns/yingde/2015-06", figures(3), Map.of("X-Submitted-By", "someone.else"));
        assertThat(created.status()).isEqualTo(201);
        String metadata = jdbc.queryForObject("select convert_from(metadata, 'UTF8') from " + SCHEMA
                + ".domainevententry where aggregateidentifier = ?", String.class, "yingde/2015-06");
        assertThat(metadata).contains("\"submittedBy\":\"chen.jing\"", "\"role\":\"reporter\"", "\"organisation\":\"county:yingde\"")
                .doesNotContain("someone.else");
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReturnsTheOriginalAnswerAndWritesNothingMore() {
        String key = UUID.randomUUID().toString();
        long before = storedEvents();
        HttpResult refused = yingdePut.putJson("/api/statistical-returns/yingde/2015-02",
                json("aboveScaleEnterprises", 20, "enterprisesWithRdInstitution", 22), Map.of("Idempotency-Key", key));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);

        HttpResult created = yingdePut.putJson("/api/statistical-returns/yingde/2015-02", figures(5), Map.of("Idempotency-Key", key));
        HttpResult retry = yingdePut.putJson("/api/statistical-returns/yingde/2015-02", figures(5), Map.of("Idempotency-Key", key));
        assertThat(created.status()).as("a refused request does not use up its key").isEqualTo(201);
        assertThat(retry.status()).as("a plain repeat would be a 409 duplicate return; the key makes it a replay").isEqualTo(201);
        assertThat(retry.json()).isEqualTo(created.json());
        assertThat(retry.header("Location")).isEqualTo(created.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo("\"0\"");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(created.header("Idempotent-Replayed")).isNull();
        assertThat(storedEvents()).isEqualTo(before + 1);

        String revisionKey = UUID.randomUUID().toString();
        HttpResult revised = yingde.postJson("/api/statistical-returns/yingde/2015-02/revisions", revision(6, "one patent counted late"),
                Map.of("Idempotency-Key", revisionKey));
        HttpResult revisionRetry = yingde.postJson("/api/statistical-returns/yingde/2015-02/revisions", revision(6, "one patent counted late"),
                Map.of("Idempotency-Key", revisionKey));
        assertThat(revised.status()).isEqualTo(201);
        assertThat(revisionRetry.status()).as("a plain repeat would be a 409 'nothing to revise'").isEqualTo(201);
        assertThat(revisionRetry.json()).isEqualTo(revised.json());
        assertThat(storedEvents()).isEqualTo(before + 2);
    }

    @Test
    void theSameKeyWithADifferentBodyIs422AndWritesNothing() {
        String key = UUID.randomUUID().toString();
        assertThat(yingdePut.putJson("/api/statistical-returns/yingde/2015-07", figures(1),
                Map.of("Idempotency-Key", key)).status()).isEqualTo(201);
        long before = storedEvents();
        assertProblem(yingdePut.putJson("/api/statistical-returns/yingde/2015-07", figures(2), Map.of("Idempotency-Key", key)),
                422, "idempotency-key-reused", "Idempotency-Key");
        assertProblem(yingdePut.putJson("/api/statistical-returns/yingde/2015-08", figures(1), Map.of("Idempotency-Key", key)),
                422, "idempotency-key-reused", "Idempotency-Key");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMalformedKeyIs400() {
        assertProblem(yingdePut.putJson("/api/statistical-returns/yingde/2015-02", figures(1), Map.of("Idempotency-Key", "x".repeat(201))),
                400, "invalid-field", "Idempotency-Key");
    }

    @Test
    void aRevisionBasedOnTheCurrentVersionSucceedsAndAStaleOneIs409WithTheCurrentVersion() {
        Http qingxin = yingde.as(TestStack.token("reporter", "county:qingxin"));
        HttpResult created = yingdePut.as(TestStack.token("reporter", "county:qingxin")).putJson("/api/statistical-returns/qingxin/2015-05", figures(10));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        HttpResult state = qingxin.get("/api/statistical-returns/qingxin/2015-05");
        assertThat(state.status()).as(state.text()).isEqualTo(200);
        assertThat(state.header("ETag")).isEqualTo("\"0\"");
        HttpResult first = qingxin.postJson("/api/statistical-returns/qingxin/2015-05/revisions", revision(11, "late registrations"),
                Map.of("If-Match", state.header("ETag")));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");

        long before = storedEvents();
        HttpResult stale = qingxin.postJson("/api/statistical-returns/qingxin/2015-05/revisions", revision(12, "another late registration"),
                Map.of("If-Match", "\"0\""));
        assertProblem(stale, 409, "conflict", "If-Match");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(stale.header("ETag")).isEqualTo("\"1\"");
        assertProblem(qingxin.postJson("/api/statistical-returns/qingxin/2015-05/revisions", revision(12, "another late registration"),
                Map.of("If-Match", "version one")), 400, "invalid-field", "If-Match");
        assertThat(storedEvents()).isEqualTo(before);

        HttpResult current = qingxin.postJson("/api/statistical-returns/qingxin/2015-05/revisions", revision(12, "another late registration"),
                Map.of("If-Match", "\"1\""));
        assertThat(current.status()).isEqualTo(201);
        assertThat(current.header("ETag")).isEqualTo("\"2\"");
        assertThat(qingxin.get("/api/statistical-returns/qingxin/2015-05").json().get("figures").get("patentsGranted").asInt()).isEqualTo(12);
    }

    @Test
    void anOversizedBodyIs413AndWritesNothing() {
        long before = storedEvents();
        String huge = json("figures", Map.of("patentsGranted", 1), "reason", "E".repeat(70_000));
        assertProblem(yingde.postJson("/api/statistical-returns/yingde/2015-01/revisions", huge), 413, "payload-too-large", "body");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void tokensNeverAppearInTheLogs(CapturedOutput output) {
        String token = TestStack.token("reporter", "county:yingde");
        yingdePut.as(token).putJson("/api/statistical-returns/yingde/2016-06", figures(1));
        yingde.as(token).postJson("/api/statistical-returns/yingde/2017-01/revisions", revision(1, "a return never submitted"));
        yingdePut.as(token + "x").putJson("/api/statistical-returns/yingde/2016-06", figures(1));
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }

    private static void assertProblem(HttpResult result, int status, String type, String reason) {
        assertThat(result.status()).as(result.text()).isEqualTo(status);
        assertThat(result.contentType()).startsWith("application/problem+json");
        assertThat(result.json().get("type").asText()).isEqualTo("urn:qingyuan-plan:problem:" + type);
        assertThat(result.json().get("field")).as(result.text()).isNotNull();
        assertThat(result.json().get("field").asText() + " " + result.json().get("reason").asText()).contains(reason);
    }
}
