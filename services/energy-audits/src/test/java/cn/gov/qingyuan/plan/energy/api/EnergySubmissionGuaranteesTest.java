package cn.gov.qingyuan.plan.energy.api;

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

import java.util.Map;
import java.util.UUID;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The submission guarantees of the energy API through real HTTP on real PostgreSQL: identity and scope, idempotency
 * keys and optimistic concurrency. Every refused request is checked to write nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnergySubmissionGuaranteesTest {

    private static final String SCHEMA = TestStack.uniqueName("energy_guarantees");
    private static final String AUDITS = "/api/clean-production-audits";
    private static final String CODE = "91441881MA4UK7P2XL";

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.environment(SCHEMA, null).forEach((key, value) -> registry.add(key, () -> value));
        registry.add("plan.eventing.topic", () -> TestStack.uniqueName("energy_guarantees_topic"));
        registry.add("spring.autoconfigure.exclude", () -> "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration");
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

    private static String audit() {
        return json("enterpriseCode", CODE, "enterpriseName", "E Co.", "county", "yingde", "industry", "STEEL");
    }

    private String plan() {
        HttpResult created = yingde.postJson(AUDITS, audit());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from " + SCHEMA + ".domainevententry", Long.class);
    }

    @Test
    void noTokenIs401AndWritesNothing() {
        String auditId = plan();
        long before = storedEvents();
        Http anonymous = yingde.as(null);
        assertProblem(anonymous.postJson(AUDITS, audit()), 401, "unauthenticated", "Authorization");
        assertProblem(anonymous.postJson(AUDITS + "/" + auditId + "/start", json("startedOn", "2015-06-01")), 401, "unauthenticated",
                "Authorization");
        assertProblem(anonymous.putJson("/api/energy-returns/yingde/2015-05", json("so2Tonnes", 1)), 401, "unauthenticated", "Authorization");
        assertProblem(anonymous.get(AUDITS + "/" + auditId), 401, "unauthenticated", "Authorization");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMonitorMayNotSubmitAndAReporterMayNotReadHistory() {
        String auditId = plan();
        long before = storedEvents();
        Http monitor = yingde.as(TestStack.token("monitor", null));
        assertProblem(monitor.postJson(AUDITS, audit()), 403, "forbidden", "Authorization");
        assertProblem(monitor.putJson("/api/energy-returns/yingde/2015-05", json("so2Tonnes", 1)), 403, "forbidden", "Authorization");
        assertProblem(yingde.get(AUDITS + "/" + auditId + "/history"), 403, "forbidden", "Authorization");
        assertThat(monitor.get(AUDITS + "/" + auditId).status()).as("other roles read the state").isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aReporterWritingOutsideItsCountyIs403AndWritesNothing() {
        String auditId = plan();
        String upgradeId = yingde.postJson("/api/motor-upgrades", json("enterpriseCode", CODE, "enterpriseName", "E Co.", "county", "yingde"))
                .json().get("id").asText();
        assertThat(yingde.putJson("/api/energy-returns/yingde/2015-05", json("so2Tonnes", 1)).status()).isEqualTo(201);
        long before = storedEvents();
        Http qingcheng = yingde.as(TestStack.token("reporter", "county:qingcheng"));
        assertProblem(qingcheng.postJson(AUDITS, audit()), 403, "forbidden", "county:qingcheng does not report for county yingde");
        assertProblem(qingcheng.postJson(AUDITS + "/" + auditId + "/start", json("startedOn", "2015-06-01")), 403, "forbidden",
                "does not report for county yingde");
        assertProblem(qingcheng.postJson("/api/motor-upgrades/" + upgradeId + "/completion", json("completedOn", "2015-06-01", "capacityKw", 5)),
                403, "forbidden", "does not report for county yingde");
        assertProblem(qingcheng.putJson("/api/energy-returns/yingde/2015-04", json("so2Tonnes", 1)), 403, "forbidden",
                "does not report for county yingde");
        assertProblem(qingcheng.postJson("/api/energy-returns/yingde/2015-05/revisions", json("figures", Map.of("so2Tonnes", 2),
                "reason", "not ours")), 403, "forbidden", "does not report for county yingde");
        assertProblem(qingcheng.postJson("/api/energy-monitoring/connections", json("enterpriseCode", CODE, "enterpriseName", "E Co.",
                "county", "yingde", "connectedOn", "2015-06-01")), 403, "forbidden", "does not report for county yingde");
        assertProblem(qingcheng.get(AUDITS + "/" + auditId), 403, "forbidden", "does not report for county yingde");
        assertProblem(yingde.as(TestStack.token("reporter", "park:huaqiao")).putJson("/api/energy-returns/yingde/2015-04",
                json("so2Tonnes", 1)), 403, "forbidden", "park:huaqiao");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(yingde.as(TestStack.token("reporter", "bureau:environment")).putJson("/api/energy-returns/yingde/2015-04",
                json("so2Tonnes", 1)).status()).as("city bureaus report citywide").isEqualTo(201);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheOriginalAnswerAndWritesNothingMore() {
        String key = UUID.randomUUID().toString();
        long before = storedEvents();
        HttpResult first = yingde.postJson(AUDITS, audit(), Map.of("Idempotency-Key", key));
        HttpResult retry = yingde.postJson(AUDITS, audit(), Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(before + 1);

        String returnKey = UUID.randomUUID().toString();
        HttpResult submitted = yingde.putJson("/api/energy-returns/yingde/2015-02", json("codTonnes", 40), Map.of("Idempotency-Key", returnKey));
        HttpResult again = yingde.putJson("/api/energy-returns/yingde/2015-02", json("codTonnes", 40), Map.of("Idempotency-Key", returnKey));
        assertThat(again.status()).as("a plain retry would be a 409 resubmission; the key makes it a replay").isEqualTo(201);
        assertThat(again.json()).isEqualTo(submitted.json());
        assertThat(storedEvents()).isEqualTo(before + 2);

        long now = storedEvents();
        assertProblem(yingde.postJson(AUDITS, json("enterpriseCode", CODE, "enterpriseName", "Other Co.", "county", "yingde",
                "industry", "STEEL"), Map.of("Idempotency-Key", key)), 422, "idempotency-key-reused", "Idempotency-Key");
        assertThat(storedEvents()).isEqualTo(now);
    }

    @Test
    void aChangeBasedOnAStaleVersionIs409WithTheCurrentVersion() {
        String base = AUDITS + "/" + plan();
        assertThat(yingde.get(base).header("ETag")).isEqualTo("\"0\"");
        assertThat(yingde.postJson(base + "/start", json("startedOn", "2015-06-01"), Map.of("If-Match", "\"0\"")).status()).isEqualTo(201);
        long before = storedEvents();
        HttpResult stale = yingde.postJson(base + "/acceptance", json("acceptedOn", "2015-06-02"), Map.of("If-Match", "\"0\""));
        assertProblem(stale, 409, "conflict", "If-Match");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(stale.header("ETag")).isEqualTo("\"1\"");
        assertProblem(yingde.postJson(base + "/acceptance", json("acceptedOn", "2015-06-02"), Map.of("If-Match", "version one")),
                400, "invalid-field", "If-Match");

        String path = "/api/energy-returns/yingde/2015-01";
        assertThat(yingde.putJson(path, json("so2Tonnes", 10)).status()).isEqualTo(201);
        assertThat(yingde.postJson(path + "/revisions", json("figures", Map.of("so2Tonnes", 11), "reason", "first fix")).status()).isEqualTo(201);
        long afterRevision = storedEvents();
        assertProblem(yingde.postJson(path + "/revisions", json("figures", Map.of("so2Tonnes", 12), "reason", "stale fix"),
                Map.of("If-Match", "\"0\"")), 409, "conflict", "the current version is 1");
        assertThat(storedEvents()).isEqualTo(afterRevision);
        assertThat(afterRevision).isEqualTo(before + 2);
    }

    private static void assertProblem(HttpResult result, int status, String type, String reason) {
        assertThat(result.status()).as(result.text()).isEqualTo(status);
        assertThat(result.contentType()).startsWith("application/problem+json");
        assertThat(result.json().get("type").asText()).isEqualTo("urn:qingyuan-plan:problem:" + type);
        assertThat(result.json().get("field").asText() + " " + result.json().get("reason").asText()).contains(reason);
    }
}
