package cn.gov.qingyuan.plan.projects.api;

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

    private static final String SCHEMA = TestStack.uniqueName("guarantees");

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.environment(SCHEMA, null).forEach((key, value) -> registry.add(key, () -> value));
        registry.add("plan.eventing.topic", () -> TestStack.uniqueName("guarantees_topic"));
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Http yingde;

    @BeforeEach
    void setUp() {
        yingde = new Http("http://127.0.0.1:" + port, TestStack.token("reporter", "county:yingde"));
    }

    private static String project(String county, String parkId) {
        return json("enterprise", "E Co.", "county", county, "parkId", parkId, "industry", "steel", "plannedInvestmentWanYuan", 100,
                "advancedManufacturing", false, "highTech", false);
    }

    private String register() {
        HttpResult created = yingde.postJson("/api/projects", project("yingde", null));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("projectId").asText();
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from " + SCHEMA + ".domainevententry", Long.class);
    }

    @Test
    void noTokenIs401AndAnInvalidOneToo() {
        long before = storedEvents();
        HttpResult anonymous = yingde.as(null).postJson("/api/projects", project("yingde", null));
        assertProblem(anonymous, 401, "unauthenticated", "Authorization");
        HttpResult forged = yingde.as("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").postJson("/api/projects", project("yingde", null));
        assertProblem(forged, 401, "unauthenticated", "Authorization");
        HttpResult expired = yingde.as(TestStack.issuer().token("x", "reporter", "county:yingde",
                java.time.Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1)))
                .postJson("/api/projects", project("yingde", null));
        assertProblem(expired, 401, "unauthenticated", "Authorization");
        assertProblem(yingde.as(null).get("/api/parks"), 401, "unauthenticated", "Authorization");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMonitorMayNotSubmitAndAReporterMayNotReadHistory() {
        long before = storedEvents();
        assertProblem(yingde.as(TestStack.token("monitor", null)).postJson("/api/projects", project("yingde", null)), 403, "forbidden", "Authorization");
        String projectId = register();
        assertProblem(yingde.get("/api/projects/" + projectId + "/history"), 403, "forbidden", "Authorization");
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void aReporterWritingOutsideItsReportingUnitIs403AndWritesNothing() {
        String projectId = register();
        long before = storedEvents();
        Http qingcheng = yingde.as(TestStack.token("reporter", "county:qingcheng"));
        assertProblem(qingcheng.postJson("/api/projects", project("yingde", null)), 403, "forbidden", "county:qingcheng does not report for county yingde");
        assertProblem(qingcheng.postJson("/api/projects/" + projectId + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1)),
                403, "forbidden", "does not report for county yingde");
        assertProblem(qingcheng.get("/api/projects/" + projectId), 403, "forbidden", "does not report for this project");
        Http huaqiaoPark = yingde.as(TestStack.token("reporter", "park:huaqiao"));
        assertProblem(huaqiaoPark.postJson("/api/projects", project("yingde", null)), 403, "forbidden", "park:huaqiao");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(huaqiaoPark.postJson("/api/projects", project("yingde", "huaqiao")).status()).isEqualTo(201);
        assertThat(yingde.as(TestStack.token("reporter", "bureau:economy-it"))
                .postJson("/api/projects/" + projectId + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1)).status())
                .as("city bureaus report citywide").isEqualTo(201);
    }

    @Test
    void everyEventRecordsTheVerifiedIdentityNotWhatTheClientClaims() {
        HttpResult created = yingde.as(TestStack.issuer().token("chen.jing", "reporter", "county:yingde", Duration.ofMinutes(5)))
                .postJson("/api/projects", project("yingde", null), Map.of("X-Submitted-By", "someone.else"));
        String metadata = jdbc.queryForObject("select convert_from(metadata, 'UTF8') from " + SCHEMA
                + ".domainevententry where aggregateidentifier = ?", String.class, created.json().get("projectId").asText());
        assertThat(metadata).contains("\"submittedBy\":\"chen.jing\"", "\"role\":\"reporter\"", "\"organisation\":\"county:yingde\"")
                .doesNotContain("someone.else");
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReturnsTheOriginalAnswerAndWritesNothingMore() {
        String key = UUID.randomUUID().toString();
        long before = storedEvents();
        HttpResult first = yingde.postJson("/api/projects", project("yingde", null), Map.of("Idempotency-Key", key));
        HttpResult retry = yingde.postJson("/api/projects", project("yingde", null), Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo("\"0\"");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(storedEvents()).isEqualTo(before + 1);

        String projectId = first.json().get("projectId").asText();
        String reportKey = UUID.randomUUID().toString();
        HttpResult report = yingde.postJson("/api/projects/" + projectId + "/investment-reports", json("period", "2015-05", "amountWanYuan", 5),
                Map.of("Idempotency-Key", reportKey));
        HttpResult reportRetry = yingde.postJson("/api/projects/" + projectId + "/investment-reports", json("period", "2015-05", "amountWanYuan", 5),
                Map.of("Idempotency-Key", reportKey));
        assertThat(reportRetry.status()).as("a plain retry would be a 409 duplicate month; the key makes it a replay").isEqualTo(201);
        assertThat(reportRetry.json()).isEqualTo(report.json());
        assertThat(storedEvents()).isEqualTo(before + 2);
    }

    @Test
    void theSameKeyWithADifferentBodyIs422AndWritesNothing() {
        String key = UUID.randomUUID().toString();
        assertThat(yingde.postJson("/api/projects", project("yingde", null), Map.of("Idempotency-Key", key)).status()).isEqualTo(201);
        long before = storedEvents();
        HttpResult reused = yingde.postJson("/api/projects", project("yingde", "huaqiao"), Map.of("Idempotency-Key", key));
        assertProblem(reused, 422, "idempotency-key-reused", "Idempotency-Key");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void keysBelongToTheirSubmitter() {
        String key = UUID.randomUUID().toString();
        HttpResult mine = yingde.postJson("/api/projects", project("yingde", null), Map.of("Idempotency-Key", key));
        HttpResult theirs = yingde.as(TestStack.issuer().token("another.reporter", "reporter", "county:yingde", Duration.ofMinutes(5)))
                .postJson("/api/projects", project("yingde", null), Map.of("Idempotency-Key", key));
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("projectId")).isNotEqualTo(mine.json().get("projectId"));
    }

    @Test
    void aMalformedKeyIs400() {
        assertProblem(yingde.postJson("/api/projects", project("yingde", null), Map.of("Idempotency-Key", "x".repeat(201))),
                400, "invalid-field", "Idempotency-Key");
    }

    @Test
    void aChangeBasedOnTheCurrentVersionSucceedsAndAStaleOneIs409WithTheCurrentVersion() {
        String projectId = register();
        HttpResult state = yingde.get("/api/projects/" + projectId);
        assertThat(state.header("ETag")).isEqualTo("\"0\"");
        HttpResult signed = yingde.postJson("/api/projects/" + projectId + "/milestones", json("stage", "SIGNED", "reachedOn", "2015-03-01"),
                Map.of("If-Match", state.header("ETag")));
        assertThat(signed.status()).as(signed.text()).isEqualTo(201);
        assertThat(signed.header("ETag")).isEqualTo("\"1\"");
        assertThat(signed.json().get("version").asLong()).isEqualTo(1);

        long before = storedEvents();
        HttpResult stale = yingde.postJson("/api/projects/" + projectId + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1),
                Map.of("If-Match", "\"0\""));
        assertProblem(stale, 409, "conflict", "If-Match");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(stale.header("ETag")).isEqualTo("\"1\"");
        assertProblem(yingde.postJson("/api/projects/" + projectId + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1),
                Map.of("If-Match", "version one")), 400, "invalid-field", "If-Match");
        assertThat(storedEvents()).isEqualTo(before);

        HttpResult current = yingde.postJson("/api/projects/" + projectId + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1),
                Map.of("If-Match", "\"1\""));
        assertThat(current.header("ETag")).isEqualTo("\"2\"");
        assertThat(yingde.get("/api/projects/" + projectId).json().get("investment").get("2015-05").get("amountWanYuan").decimalValue())
                .isEqualByComparingTo("1");
    }

    @Test
    void anOversizedBodyIs413AndWritesNothing() {
        long before = storedEvents();
        String huge = json("enterprise", "E".repeat(70_000), "county", "yingde", "industry", "steel", "plannedInvestmentWanYuan", 1,
                "advancedManufacturing", false, "highTech", false);
        assertProblem(yingde.postJson("/api/projects", huge), 413, "payload-too-large", "body");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void tokensNeverAppearInTheLogs(CapturedOutput output) {
        String token = TestStack.token("reporter", "county:yingde");
        yingde.as(token).postJson("/api/projects", project("yingde", null));
        yingde.as(token).postJson("/api/projects/nope/investment-reports", json("period", "2015-05", "amountWanYuan", 1));
        yingde.as(token + "x").postJson("/api/projects", project("yingde", null));
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
