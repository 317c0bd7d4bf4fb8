package cn.gov.qingyuan.plan.targets.api;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.testkit.SubmissionGuarantees;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.gov.qingyuan.plan.targets.api.PlanTargetsApiTest.split;
import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's submission guarantees on county splits (the shared suite; planners act citywide, so it skips the
 * unit cases), and what only the plan's targets add: the PUT of a city target and the import keep them too, every
 * role reads, the planner's verified identity on every event, planners racing for an indicator's first target.
 */
@StackTest
class TargetGuaranteesTest extends SubmissionGuarantees {

    private static final String SPLIT_2016 = json("values", split(7.2, 5.4, 6, 3.6, 2.4, 2.1, 1.5, 1.8), "issuedOn", "2016-03-31");
    private static final String TARGET = json("value", 31, "comparator", "AT_LEAST", "source", "Provincial adjustment");
    /** Each create a split no earlier one had, so it is recorded (repeating the split in force records nothing). */
    private static final AtomicInteger SPLITS = new AtomicInteger();

    Http planner;

    @BeforeEach
    void setUp() {
        planner = service.as("planner", null);
    }

    TargetGuaranteesTest() {
        super("planner", null, null);
    }

    @Override
    protected Call create() {
        return Call.post("/api/targets/park-fixed-asset-investment/allocations/2016", accepted(SPLITS.incrementAndGet()));
    }

    @Override
    protected Call change(HttpResult created) {
        return Call.post(created.header("Location") + "/allocations/2016", accepted(0.5 + created.json().get("version").asLong()));
    }

    private static String accepted(double qingcheng) {
        return json("values", split(qingcheng, 1, 1, 1, 1, 1, 1, 1), "acceptMismatch", true, "reason", "a test split, not the plan");
    }

    @Test
    void onlyPlannersSetTargetsAndImportAndEveryoneElseIsRefusedWithoutWritingAnything() {
        long before = storedEvents();
        for (String token : new String[]{TestStack.token("reporter", "county:yingde"), TestStack.token("monitor", null),
                TestStack.token("auditor", null)}) {
            assertRefused(planner.as(token).postJson("/api/targets/retrofit-investment/allocations/2016", SPLIT_2016), 403, "forbidden",
                    "Authorization");
            assertRefused(planner.as(token).putJson("/api/targets/retrofit-investment/city/2016", TARGET), 403, "forbidden", "Authorization");
            assertRefused(planner.as(token).post("/api/targets/imports", "text/csv", "kind,indicator,period\n"), 403, "forbidden", "Authorization");
        }
        assertRefused(planner.as(null).putJson("/api/targets/retrofit-investment/city/2016", TARGET), 401, "unauthenticated", "Authorization");
        assertRefused(planner.as("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .post("/api/targets/imports", "text/csv", "kind,indicator,period\n"), 401, "unauthenticated", "Authorization");
        assertRefused(planner.as(null).get("/api/targets/retrofit-investment"), 401, "unauthenticated", "Authorization");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void everyRoleReadsButOnlyAuditorsReadTheHistory() {
        for (String role : new String[]{"reporter", "monitor", "auditor", "planner"}) {
            String token = TestStack.token(role, role.equals("reporter") ? "county:qingxin" : null);
            assertThat(planner.as(token).get("/api/targets/retrofit-investment").status()).as(role).isEqualTo(200);
            assertThat(planner.as(token).get("/api/indicators").status()).as(role).isEqualTo(200);
        }
        assertRefused(planner.get("/api/targets/retrofit-investment/history"), 403, "forbidden", "Authorization");
        assertThat(planner.as(TestStack.token("auditor", null)).get("/api/targets/retrofit-investment/history").status()).isEqualTo(200);
    }

    @Test
    void aRetriedCityTargetOrImportReturnsTheOriginalAnswerAndWritesNothingMore() {
        long before = storedEvents();
        String cityKey = UUID.randomUUID().toString();
        HttpResult set = planner.putJson("/api/targets/retrofit-investment/city/2016", TARGET, Map.of("Idempotency-Key", cityKey));
        HttpResult setAgain = planner.putJson("/api/targets/retrofit-investment/city/2016", TARGET, Map.of("Idempotency-Key", cityKey));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        assertThat(setAgain.status()).isEqualTo(200);
        assertThat(setAgain.json()).isEqualTo(set.json());
        assertThat(setAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(before + 1);

        Map<String, String> importKey = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String csv = "kind,indicator,period,comparator,value,source\ncity,rd-centres,2016,AT_LEAST,76,raised\n";
        HttpResult imported = planner.send("POST", "/api/targets/imports", "text/csv", csv, importKey);
        HttpResult importedAgain = planner.send("POST", "/api/targets/imports", "text/csv", csv, importKey);
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(importedAgain.json()).isEqualTo(imported.json());
        assertThat(importedAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(before + 2);
        assertRefused(planner.send("POST", "/api/targets/imports", "text/csv", csv.replace("76", "77"), importKey), 422,
                "idempotency-key-reused", "Idempotency-Key");
        assertThat(storedEvents()).isEqualTo(before + 2);
    }

    @Test
    void aChangeBasedOnTheCurrentVersionSucceedsAndAStaleOneIs409WithTheCurrentVersion() {
        HttpResult read = planner.get("/api/targets/motor-efficiency-upgrade");
        String etag = read.header("ETag");
        long version = read.json().get("version").asLong();
        assertThat(etag).isEqualTo("\"" + version + "\"");

        HttpResult changed = planner.putJson("/api/targets/motor-efficiency-upgrade/city/2017",
                json("value", 1.5, "comparator", "AT_LEAST", "source", "Provincial adjustment"), Map.of("If-Match", etag));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");

        long before = storedEvents();
        HttpResult stale = planner.postJson("/api/targets/motor-efficiency-upgrade/allocations/2017",
                json("values", split(0.36, 0.27, 0.3, 0.18, 0.12, 0.105, 0.075, 0.09), "issuedOn", "2017-03-01"), Map.of("If-Match", etag));
        assertRefused(stale, 409, "conflict", "If-Match");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(version + 1);
        assertThat(stale.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
        assertRefused(planner.putJson("/api/targets/motor-efficiency-upgrade/city/2017", json("value", 2, "comparator", "AT_LEAST", "source", "x"),
                Map.of("If-Match", "\"" + version + "\"")), 409, "conflict", "If-Match");
        assertRefused(planner.putJson("/api/targets/motor-efficiency-upgrade/city/2017", json("value", 2, "comparator", "AT_LEAST", "source", "x"),
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
        HttpResult set = planner.as(TestStack.issuer().token("zhao.min", "planner", "bureau:economy-it", Duration.ofMinutes(5)))
                .putJson("/api/targets/clean-production-audits/city/2017", json("value", 25, "comparator", "AT_LEAST", "source", "2017 list"),
                        Map.of("X-Submitted-By", "someone.else"));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        String metadata = service.jdbc().queryForObject("select convert_from(metadata, 'UTF8') from " + service.names().table("domainevententry")
                + " where aggregateidentifier = 'clean-production-audits' order by sequencenumber desc limit 1", String.class);
        assertThat(metadata).contains("\"submittedBy\":\"zhao.min\"", "\"role\":\"planner\"", "\"organisation\":\"bureau:economy-it\"")
                .doesNotContain("someone.else");
    }

    @Test
    void plannersRacingToWriteTheFirstTargetOfAnIndicatorGetAnAnswerNeverAnError() {
        for (String indicator : new String[]{"so2-emissions", "cod-emissions", "nox-emissions", "ammonia-nitrogen-emissions"}) {
            List<CompletableFuture<HttpResult>> racing = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String body = json("value", 1000 + i, "comparator", "AT_MOST", "source", "provincial limit, try " + i);
                racing.add(CompletableFuture.supplyAsync(() -> planner.putJson("/api/targets/" + indicator + "/city/2016", body)));
            }
            List<Integer> statuses = racing.stream().map(CompletableFuture::join).map(HttpResult::status).toList();
            assertThat(statuses).as(indicator).contains(200).allMatch(s -> s == 200 || s == 409);
            long written = statuses.stream().filter(s -> s == 200).count();
            assertThat(service.jdbc().queryForObject("select count(*) from " + service.names().table("domainevententry") + " where aggregateidentifier = ?",
                    Long.class, indicator)).as("one event per accepted write").isEqualTo(written);
        }
    }
}
