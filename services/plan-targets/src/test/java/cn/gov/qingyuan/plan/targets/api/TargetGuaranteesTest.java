package cn.gov.qingyuan.plan.targets.api;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.UUID;

import static cn.gov.qingyuan.plan.targets.api.PlanTargetsApiTest.split;
import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The submission guarantees of the plan targets API through real HTTP on real PostgreSQL: only planners write,
 * idempotency keys, optimistic concurrency. Every refused request is checked to write nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TargetGuaranteesTest {

    private static final String SCHEMA = TestStack.uniqueName("target_guarantees");

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.environment(SCHEMA, null).forEach((key, value) -> registry.add(key, () -> value));
        registry.add("plan.eventing.topic", () -> TestStack.uniqueName("target_guarantees_topic"));
    }

    private static final String SPLIT_2016 = json("values", split(7.2, 5.4, 6, 3.6, 2.4, 2.1, 1.5, 1.8), "issuedOn", "2016-03-31");
    private static final String TARGET = json("value", 31, "comparator", "AT_LEAST", "source", "Provincial adjustment");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Http planner;
    Calls calls;

    @BeforeEach
    void setUp() {
        planner = new Http("http://127.0.0.1:" + port, TestStack.token("planner", null));
        calls = new Calls("http://127.0.0.1:" + port, TestStack.token("planner", null));
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from " + SCHEMA + ".domainevententry", Long.class);
    }

    @Test
    void onlyPlannersWriteAndEveryoneElseIsRefusedWithoutWritingAnything() {
        long before = storedEvents();
        for (String token : new String[]{TestStack.token("reporter", "county:yingde"), TestStack.token("monitor", null),
                TestStack.token("auditor", null)}) {
            assertProblem(planner.as(token).postJson("/api/targets/retrofit-investment/allocations/2016", SPLIT_2016), 403, "forbidden",
                    "Authorization");
            assertProblem(calls.as(token).putJson("/api/targets/retrofit-investment/city/2016", TARGET), 403, "forbidden", "Authorization");
            assertProblem(calls.as(token).postCsv("/api/targets/imports", "kind,indicator,period\n"), 403, "forbidden", "Authorization");
        }
        assertProblem(planner.as(null).postJson("/api/targets/retrofit-investment/allocations/2016", SPLIT_2016), 401, "unauthenticated",
                "Authorization");
        assertProblem(calls.as(null).putJson("/api/targets/retrofit-investment/city/2016", TARGET), 401, "unauthenticated", "Authorization");
        assertProblem(calls.as("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").postCsv("/api/targets/imports", "kind,indicator,period\n"),
                401, "unauthenticated", "Authorization");
        assertProblem(planner.as(null).get("/api/targets/retrofit-investment"), 401, "unauthenticated", "Authorization");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void everyRoleReadsButOnlyAuditorsReadTheHistory() {
        for (String role : new String[]{"reporter", "monitor", "auditor", "planner"}) {
            String token = TestStack.token(role, role.equals("reporter") ? "county:qingxin" : null);
            assertThat(planner.as(token).get("/api/targets/retrofit-investment").status()).as(role).isEqualTo(200);
            assertThat(planner.as(token).get("/api/indicators").status()).as(role).isEqualTo(200);
        }
        assertProblem(planner.get("/api/targets/retrofit-investment/history"), 403, "forbidden", "Authorization");
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheOriginalAnswerAndWritesNothingMore() {
        String key = UUID.randomUUID().toString();
        long before = storedEvents();
        HttpResult first = planner.postJson("/api/targets/retrofit-investment/allocations/2016", SPLIT_2016, Map.of("Idempotency-Key", key));
        HttpResult retry = planner.postJson("/api/targets/retrofit-investment/allocations/2016", SPLIT_2016, Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(before + 1);

        String other = json("values", split(7.3, 5.3, 6, 3.6, 2.4, 2.1, 1.5, 1.8));
        assertProblem(planner.postJson("/api/targets/retrofit-investment/allocations/2016", other, Map.of("Idempotency-Key", key)), 422,
                "idempotency-key-reused", "Idempotency-Key");
        String cityKey = UUID.randomUUID().toString();
        HttpResult set = calls.putJson("/api/targets/retrofit-investment/city/2016", TARGET, Map.of("Idempotency-Key", cityKey));
        HttpResult setAgain = calls.putJson("/api/targets/retrofit-investment/city/2016", TARGET, Map.of("Idempotency-Key", cityKey));
        assertThat(setAgain.json()).isEqualTo(set.json());
        assertThat(setAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(before + 2);
    }

    @Test
    void aChangeBasedOnTheCurrentVersionSucceedsAndAStaleOneIs409WithTheCurrentVersion() {
        HttpResult read = planner.get("/api/targets/motor-efficiency-upgrade");
        String etag = read.header("ETag");
        long version = read.json().get("version").asLong();
        assertThat(etag).isEqualTo("\"" + version + "\"");

        HttpResult changed = calls.putJson("/api/targets/motor-efficiency-upgrade/city/2017",
                json("value", 1.5, "comparator", "AT_LEAST", "source", "Provincial adjustment"), Map.of("If-Match", etag));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");

        long before = storedEvents();
        HttpResult stale = planner.postJson("/api/targets/motor-efficiency-upgrade/allocations/2017",
                json("values", split(0.36, 0.27, 0.3, 0.18, 0.12, 0.105, 0.075, 0.09), "issuedOn", "2017-03-01"), Map.of("If-Match", etag));
        assertProblem(stale, 409, "conflict", "If-Match");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(version + 1);
        assertThat(stale.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
        assertProblem(calls.putJson("/api/targets/motor-efficiency-upgrade/city/2017", json("value", 2, "comparator", "AT_LEAST", "source", "x"),
                Map.of("If-Match", "\"" + version + "\"")), 409, "conflict", "If-Match");
        assertProblem(calls.putJson("/api/targets/motor-efficiency-upgrade/city/2017", json("value", 2, "comparator", "AT_LEAST", "source", "x"),
                Map.of("If-Match", "latest")), 400, "invalid-field", "If-Match");
        assertThat(storedEvents()).isEqualTo(before);

        HttpResult current = planner.postJson("/api/targets/motor-efficiency-upgrade/allocations/2017",
                json("values", split(0.36, 0.27, 0.3, 0.18, 0.12, 0.105, 0.075, 0.09), "issuedOn", "2017-03-01"),
                Map.of("If-Match", changed.header("ETag")));
        assertThat(current.status()).as(current.text()).isEqualTo(201);
        assertThat(current.header("ETag")).isEqualTo("\"" + (version + 2) + "\"");
    }

    @Test
    void everyEventRecordsThePlannersVerifiedIdentity() {
        HttpResult set = calls.as(TestStack.issuer().token("zhao.min", "planner", "bureau:economy-it", Duration.ofMinutes(5)))
                .putJson("/api/targets/clean-production-audits/city/2017", json("value", 25, "comparator", "AT_LEAST", "source", "2017 list"),
                        Map.of("X-Submitted-By", "someone.else"));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        String metadata = jdbc.queryForObject("select convert_from(metadata, 'UTF8') from " + SCHEMA
                + ".domainevententry where aggregateidentifier = 'clean-production-audits' order by sequencenumber desc limit 1", String.class);
        assertThat(metadata).contains("\"submittedBy\":\"zhao.min\"", "\"role\":\"planner\"", "\"organisation\":\"bureau:economy-it\"")
                .doesNotContain("someone.else");
    }

    @Test
    void plannersRacingToWriteTheFirstTargetOfAnIndicatorGetAnAnswerNeverAnError() {
        for (String indicator : new String[]{"so2-emissions", "cod-emissions", "nox-emissions", "ammonia-nitrogen-emissions"}) {
            List<CompletableFuture<HttpResult>> racing = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String body = json("value", 1000 + i, "comparator", "AT_MOST", "source", "provincial limit, try " + i);
                racing.add(CompletableFuture.supplyAsync(() -> calls.putJson("/api/targets/" + indicator + "/city/2016", body)));
            }
            List<Integer> statuses = racing.stream().map(CompletableFuture::join).map(HttpResult::status).toList();
            assertThat(statuses).as(indicator).contains(200).allMatch(s -> s == 200 || s == 409);
            long written = statuses.stream().filter(s -> s == 200).count();
            assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".domainevententry where aggregateidentifier = ?", Long.class,
                    indicator)).as("one event per accepted write").isEqualTo(written);
        }
    }

    static void assertProblem(HttpResult result, int status, String type, String reason) {
        assertThat(result.status()).as(result.text()).isEqualTo(status);
        assertThat(result.contentType()).startsWith("application/problem+json");
        assertThat(result.json().get("type").asText()).isEqualTo("urn:qingyuan-plan:problem:" + type);
        assertThat(result.json().get("field").asText() + " " + result.json().get("reason").asText()).contains(reason);
    }
}
