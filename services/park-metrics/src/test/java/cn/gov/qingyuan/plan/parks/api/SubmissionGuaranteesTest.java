package cn.gov.qingyuan.plan.parks.api;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.SubmissionGuarantees;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.gov.qingyuan.plan.parks.api.ParkMetricsApiTest.figures;
import static cn.gov.qingyuan.plan.parks.api.ParkMetricsApiTest.fullMonth;
import static cn.gov.qingyuan.plan.parks.api.ParkMetricsApiTest.revision;
import static cn.gov.qingyuan.plan.testkit.Http.json;
import static cn.gov.qingyuan.plan.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's submission guarantees on a park's months (the shared suite, for Huaqiao's committee), and what only
 * parks add: a park is covered by its committee, its host county and the city bureaus, and its circular-economy
 * retrofit keeps the same guarantees as its months.
 */
class SubmissionGuaranteesTest extends SubmissionGuarantees {

    /** Each {@link #create()} names a month no earlier one did: the plan's 36 months, from January 2015. */
    private static final AtomicInteger MONTHS = new AtomicInteger();

    /** A reporter of the city's Economy & IT bureau, which reports for every park. */
    private Http http;

    @BeforeEach
    void bureau() {
        http = service.as("reporter", "bureau:economy-it");
    }

    /** Huaqiao's committee writes; Qingcheng's government does not cover it (Huaqiao is in Yingde). */
    SubmissionGuaranteesTest() {
        super("park:huaqiao", "county:qingcheng");
    }

    @Override
    protected Call create() {
        return Call.put("/api/parks/huaqiao/months/" + YearMonth.of(2015, 1).plusMonths(MONTHS.getAndIncrement()), fullMonth());
    }

    @Override
    protected Call change(HttpResult created) {
        return Call.post(created.header("Location") + "/revisions", revision(1, null, null, "one invoice was counted twice"));
    }

    @Test
    void anotherUnitSubmittingAMonthAlreadyThereIs403AndLearnsNothingOfIt() {
        HttpResult created = http.putJson("/api/parks/minzu/months/2015-03", fullMonth());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long before = storedEvents();
        HttpResult again = service.as("reporter", "county:yingde").putJson("/api/parks/minzu/months/2015-03", fullMonth());
        assertRefused(again, 403, "forbidden", "Authorization");
        assertThat(again.text()).doesNotContain("already submitted");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void noTokenOrAForgedOneIs401AndWritesNothing() {
        long before = storedEvents();
        assertProblem(http.as(null).putJson("/api/parks/fogang/months/2015-02", fullMonth()), 401, "Authorization", "");
        assertProblem(http.as("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").putJson("/api/parks/fogang/months/2015-02", fullMonth()),
                401, "Authorization", "");
        assertProblem(http.as(null).postJson("/api/parks/fogang/circular-economy-retrofit/start", json("startedOn", "2015-03-02")),
                401, "Authorization", "");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aReporterOutsideThePark_orAMonitor_is403AndWritesNothing_whileTheHostCountyAndCommitteeMayWrite() {
        assertThat(http.putJson("/api/parks/high-tech-zone/months/2015-02", fullMonth()).status()).isEqualTo(201);
        long before = storedEvents();
        Http yinghongCommittee = http.as(TestStack.token("reporter", "park:yinghong"));
        assertProblem(yinghongCommittee.putJson("/api/parks/high-tech-zone/months/2015-03", fullMonth()), 403, "Authorization",
                "park:yinghong does not report for park high-tech-zone in qingcheng");
        assertProblem(http.as(TestStack.token("reporter", "county:yingde")).postJson("/api/parks/high-tech-zone/months/2015-02/revisions",
                revision(1, null, null, "not ours to revise")), 403, "Authorization", "county:yingde does not report for park high-tech-zone");
        assertProblem(yinghongCommittee.postJson("/api/parks/high-tech-zone/circular-economy-retrofit/start", json("startedOn", "2015-03-02")),
                403, "Authorization", "does not report for park high-tech-zone");
        assertProblem(yinghongCommittee.get("/api/parks/high-tech-zone/months/2015-02"), 403, "Authorization", "does not report for this park month");
        assertProblem(http.as(TestStack.token("monitor", null)).putJson("/api/parks/high-tech-zone/months/2015-03", fullMonth()),
                403, "Authorization", "");
        assertProblem(http.get("/api/parks/high-tech-zone/months/2015-02/history"), 403, "Authorization", "");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(http.as(TestStack.token("reporter", "park:high-tech-zone")).putJson("/api/parks/high-tech-zone/months/2015-03", fullMonth())
                .status()).isEqualTo(201);
        assertThat(http.as(TestStack.token("reporter", "county:qingcheng")).putJson("/api/parks/high-tech-zone/months/2015-04", fullMonth())
                .status()).isEqualTo(201);
        assertThat(http.as(TestStack.token("monitor", null)).get("/api/parks/high-tech-zone/months/2015-02").status()).isEqualTo(200);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheOriginalAnswerAndWritesNothingMore_aDifferentBodyIs422() {
        String key = UUID.randomUUID().toString();
        long before = storedEvents();
        HttpResult created = http.putJson("/api/parks/guangqing-shijiao/months/2015-02", fullMonth(), Map.of("Idempotency-Key", key));
        HttpResult retry = http.putJson("/api/parks/guangqing-shijiao/months/2015-02", fullMonth(), Map.of("Idempotency-Key", key));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(retry.status()).as("a plain repeat would be a 409; the key makes it a replay").isEqualTo(201);
        assertThat(retry.json()).isEqualTo(created.json());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertProblem(http.putJson("/api/parks/guangqing-shijiao/months/2015-02", figures(1, null, null), Map.of("Idempotency-Key", key)),
                422, "Idempotency-Key", "");

        String startKey = UUID.randomUUID().toString();
        HttpResult started = http.postJson("/api/parks/guangqing-shijiao/circular-economy-retrofit/start", json("startedOn", "2015-01-10"),
                Map.of("Idempotency-Key", startKey));
        HttpResult startRetry = http.postJson("/api/parks/guangqing-shijiao/circular-economy-retrofit/start", json("startedOn", "2015-01-10"),
                Map.of("Idempotency-Key", startKey));
        assertThat(started.status()).isEqualTo(201);
        assertThat(startRetry.status()).isEqualTo(201);
        assertThat(startRetry.json()).isEqualTo(started.json());
        assertThat(storedEvents()).isEqualTo(before + 2);
    }

    @Test
    void aRevisionBasedOnTheCurrentVersionSucceedsAndAStaleOneIs409WithTheCurrentVersion() {
        assertThat(http.putJson("/api/parks/yangshan-qigong/months/2015-05", fullMonth()).status()).isEqualTo(201);
        assertThat(http.postJson("/api/parks/yangshan-qigong/months/2015-05/revisions", revision(1, null, null, "late invoices"),
                Map.of("If-Match", "\"0\"")).status()).isEqualTo(201);
        long before = storedEvents();
        HttpResult stale = http.postJson("/api/parks/yangshan-qigong/months/2015-05/revisions", revision(2, null, null, "more invoices"),
                Map.of("If-Match", "\"0\""));
        assertProblem(stale, 409, "If-Match", "the current version is 1");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(stale.header("ETag")).isEqualTo("\"1\"");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(http.postJson("/api/parks/yangshan-qigong/months/2015-05/revisions", revision(2, null, null, "more invoices"),
                Map.of("If-Match", "\"1\"")).header("ETag")).isEqualTo("\"2\"");
    }
}
