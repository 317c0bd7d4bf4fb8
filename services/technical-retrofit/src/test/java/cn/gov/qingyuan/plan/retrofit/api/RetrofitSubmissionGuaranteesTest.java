package cn.gov.qingyuan.plan.retrofit.api;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The submission guarantees of the retrofit API through real HTTP on real PostgreSQL: identity and scope,
 * idempotency keys and optimistic concurrency. Every refused request is checked to write nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RetrofitSubmissionGuaranteesTest {

    private static final String SCHEMA = TestStack.uniqueName("retrofit_guarantees");
    private static final String BASE = "/api/retrofit-projects";

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.environment(SCHEMA, null).forEach((key, value) -> registry.add(key, () -> value));
        registry.add("plan.eventing.topic", () -> TestStack.uniqueName("retrofit_guarantees_topic"));
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
        return json("enterpriseCode", "91441881MA4UK7P2XL", "enterpriseName", "E Co.", "county", county, "parkId", parkId,
                "aboveScale", true, "revenueAtLeast50Million", false, "retrofitTypes", List.of("ROBOTS_REPLACING_LABOUR"),
                "plannedInvestmentWanYuan", 100);
    }

    private String register() {
        HttpResult created = yingde.postJson(BASE, project("yingde", null));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("projectId").asText();
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from " + SCHEMA + ".domainevententry", Long.class);
    }

    @Test
    void noTokenIs401AndAnInvalidOneToo() {
        String projectId = register();
        long before = storedEvents();
        assertProblem(yingde.as(null).postJson(BASE, project("yingde", null)), 401, "unauthenticated", "Authorization");
        assertProblem(yingde.as(null).postJson(BASE + "/" + projectId + "/completion", json("completedOn", "2015-06-01")),
                401, "unauthenticated", "Authorization");
        assertProblem(yingde.as(null).get(BASE + "/" + projectId), 401, "unauthenticated", "Authorization");
        assertProblem(yingde.as("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").postJson(BASE, project("yingde", null)),
                401, "unauthenticated", "Authorization");
        HttpResult expired = yingde.as(TestStack.issuer().token("x", "reporter", "county:yingde",
                Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1))).postJson(BASE, project("yingde", null));
        assertProblem(expired, 401, "unauthenticated", "Authorization");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMonitorMayNotSubmitAndAReporterMayNotReadHistory() {
        String projectId = register();
        long before = storedEvents();
        Http monitor = yingde.as(TestStack.token("monitor", null));
        assertProblem(monitor.postJson(BASE, project("yingde", null)), 403, "forbidden", "Authorization");
        assertProblem(monitor.postJson(BASE + "/" + projectId + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1)),
                403, "forbidden", "Authorization");
        assertProblem(yingde.get(BASE + "/" + projectId + "/history"), 403, "forbidden", "Authorization");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aReporterWritingOutsideItsReportingUnitIs403AndWritesNothing() {
        String projectId = register();
        String base = BASE + "/" + projectId;
        yingde.postJson(base + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1));
        long before = storedEvents();
        Http qingcheng = yingde.as(TestStack.token("reporter", "county:qingcheng"));
        assertProblem(qingcheng.postJson(BASE, project("yingde", null)), 403, "forbidden", "county:qingcheng does not report for county yingde");
        assertProblem(qingcheng.postJson(base + "/investment-reports", json("period", "2015-04", "amountWanYuan", 1)),
                403, "forbidden", "does not report for county yingde");
        assertProblem(qingcheng.postJson(base + "/investment-reports/2015-05/corrections", json("amountWanYuan", 2, "reason", "not ours")),
                403, "forbidden", "does not report for county yingde");
        assertProblem(qingcheng.postJson(base + "/completion", json("completedOn", "2015-06-01")),
                403, "forbidden", "does not report for county yingde");
        assertProblem(qingcheng.get(base), 403, "forbidden", "does not report for this project");
        Http huaqiaoPark = yingde.as(TestStack.token("reporter", "park:huaqiao"));
        assertProblem(huaqiaoPark.postJson(BASE, project("yingde", null)), 403, "forbidden", "park:huaqiao");
        assertProblem(huaqiaoPark.postJson(base + "/completion", json("completedOn", "2015-06-01")), 403, "forbidden", "park:huaqiao");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(huaqiaoPark.postJson(BASE, project("yingde", "huaqiao")).status()).isEqualTo(201);
        assertThat(yingde.as(TestStack.token("reporter", "bureau:economy-it")).postJson(base + "/completion", json("completedOn", "2015-06-01"))
                .status()).as("city bureaus report citywide").isEqualTo(201);
    }

    @Test
    void everyEventRecordsTheVerifiedIdentityNotWhatTheClientClaims() {
        HttpResult created = yingde.as(TestStack.issuer().token("chen.jing", "reporter", "county:yingde", Duration.ofMinutes(5)))
                .postJson(BASE, project("yingde", null), Map.of("X-Submitted-By", "someone.else"));
        String metadata = jdbc.queryForObject("select convert_from(metadata, 'UTF8') from " + SCHEMA
                + ".domainevententry where aggregateidentifier = ?", String.class, created.json().get("projectId").asText());
        assertThat(metadata).contains("\"submittedBy\":\"chen.jing\"", "\"role\":\"reporter\"", "\"organisation\":\"county:yingde\"")
                .doesNotContain("someone.else");
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReturnsTheOriginalAnswerAndWritesNothingMore() {
        String key = UUID.randomUUID().toString();
        long before = storedEvents();
        HttpResult first = yingde.postJson(BASE, project("yingde", null), Map.of("Idempotency-Key", key));
        HttpResult retry = yingde.postJson(BASE, project("yingde", null), Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo("\"0\"");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(storedEvents()).isEqualTo(before + 1);

        String completion = first.header("Location") + "/completion";
        String completionKey = UUID.randomUUID().toString();
        HttpResult completed = yingde.postJson(completion, json("completedOn", "2015-06-01"), Map.of("Idempotency-Key", completionKey));
        HttpResult completedAgain = yingde.postJson(completion, json("completedOn", "2015-06-01"), Map.of("Idempotency-Key", completionKey));
        assertThat(completedAgain.status()).as("a plain retry would be a 409 second completion; the key makes it a replay").isEqualTo(201);
        assertThat(completedAgain.json()).isEqualTo(completed.json());
        assertThat(storedEvents()).isEqualTo(before + 2);
    }

    @Test
    void theSameKeyWithADifferentBodyIs422AndWritesNothing() {
        String key = UUID.randomUUID().toString();
        assertThat(yingde.postJson(BASE, project("yingde", null), Map.of("Idempotency-Key", key)).status()).isEqualTo(201);
        long before = storedEvents();
        assertProblem(yingde.postJson(BASE, project("yingde", "huaqiao"), Map.of("Idempotency-Key", key)),
                422, "idempotency-key-reused", "Idempotency-Key");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aChangeBasedOnTheCurrentVersionSucceedsAndAStaleOneIs409WithTheCurrentVersion() {
        String projectId = register();
        String base = BASE + "/" + projectId;
        HttpResult state = yingde.get(base);
        assertThat(state.header("ETag")).isEqualTo("\"0\"");
        HttpResult reported = yingde.postJson(base + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1),
                Map.of("If-Match", state.header("ETag")));
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
        assertThat(reported.header("ETag")).isEqualTo("\"1\"");
        assertThat(reported.json().get("version").asLong()).isEqualTo(1);

        long before = storedEvents();
        HttpResult stale = yingde.postJson(base + "/completion", json("completedOn", "2015-06-01"), Map.of("If-Match", "\"0\""));
        assertProblem(stale, 409, "conflict", "If-Match");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(stale.header("ETag")).isEqualTo("\"1\"");
        assertProblem(yingde.postJson(base + "/investment-reports/2015-05/corrections", json("amountWanYuan", 2, "reason", "stale read"),
                Map.of("If-Match", "\"0\"")), 409, "conflict", "the current version is 1");
        assertProblem(yingde.postJson(base + "/completion", json("completedOn", "2015-06-01"), Map.of("If-Match", "version one")),
                400, "invalid-field", "If-Match");
        assertThat(storedEvents()).isEqualTo(before);

        HttpResult current = yingde.postJson(base + "/completion", json("completedOn", "2015-06-01"), Map.of("If-Match", "\"1\""));
        assertThat(current.status()).as(current.text()).isEqualTo(201);
        assertThat(current.header("ETag")).isEqualTo("\"2\"");
    }

    private static void assertProblem(HttpResult result, int status, String type, String reason) {
        assertThat(result.status()).as(result.text()).isEqualTo(status);
        assertThat(result.contentType()).startsWith("application/problem+json");
        assertThat(result.json().get("type").asText()).isEqualTo("urn:qingyuan-plan:problem:" + type);
        assertThat(result.json().get("field")).as(result.text()).isNotNull();
        assertThat(result.json().get("field").asText() + " " + result.json().get("reason").asText()).contains(reason);
    }
}
