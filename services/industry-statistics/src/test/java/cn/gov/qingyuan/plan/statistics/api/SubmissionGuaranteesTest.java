package cn.gov.qingyuan.plan.statistics.api;

import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.SubmissionGuarantees;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's submission guarantees on statistical returns (the shared suite, on Lianshan's returns), and what
 * only returns add: a return is about a whole county (city bureaus report for every county, park committees never),
 * the verified identity on every event, a refused request leaving its key unused, tokens kept out of logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class SubmissionGuaranteesTest extends SubmissionGuarantees {

    /** The suite's returns are Lianshan's, one month after another from the plan's first; the cases below use other counties. */
    private static final AtomicInteger SUITE_MONTHS = new AtomicInteger();

    SubmissionGuaranteesTest() {
        super("county:lianshan", "county:qingcheng");
    }

    @Override
    protected Call create() {
        int month = SUITE_MONTHS.getAndIncrement();
        return Call.put("/api/statistical-returns/lianshan/" + ReportingPeriod.of(2015 + month / 12, month % 12 + 1), figures(10));
    }

    @Override
    protected Call change(HttpResult created) {
        return Call.post(created.header("Location") + "/revisions", revision(11, "late patent registrations"));
    }

    private static String figures(int patents) {
        return json("aboveScaleEnterprises", 200, "enterprisesWithRdInstitution", 22, "patentsGranted", patents);
    }

    private static String revision(int patents, String reason) {
        return json("figures", Map.of("aboveScaleEnterprises", 200, "enterprisesWithRdInstitution", 22, "patentsGranted", patents), "reason", reason);
    }

    /** Yingde's county government. */
    private Http yingde() {
        return service.as("reporter", "county:yingde");
    }

    private void submit(String path) {
        HttpResult created = yingde().putJson(path, figures(10));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    @Test
    void anExpiredTokenIs401AndRevisionsAndReadsNeedATokenToo() {
        submit("/api/statistical-returns/yingde/2015-01");
        long before = storedEvents();
        assertRefused(yingde().as(null).postJson("/api/statistical-returns/yingde/2015-01/revisions", revision(11, "late patent registrations")),
                401, "unauthenticated", "Authorization");
        assertRefused(yingde().as(null).get("/api/statistical-returns/yingde/2015-01"), 401, "unauthenticated", "Authorization");
        assertRefused(yingde().as(TestStack.issuer().token("x", "reporter", "county:yingde", Instant.now().minus(Duration.ofHours(2)),
                Duration.ofHours(1))).putJson("/api/statistical-returns/yingde/2015-02", figures(1)), 401, "unauthenticated", "Authorization");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aReporterMayNotReadHistoryNorAnotherCountysReturn_monitorsReadEveryReturn() {
        submit("/api/statistical-returns/yingde/2016-03");
        assertRefused(yingde().get("/api/statistical-returns/yingde/2016-03/history"), 403, "forbidden", "Authorization");
        assertRefused(service.as("reporter", "county:qingcheng").get("/api/statistical-returns/yingde/2016-03"), 403, "forbidden",
                "does not report for this return");
        assertThat(service.as("monitor", null).get("/api/statistical-returns/yingde/2016-03").status())
                .as("monitors read any return's current figures").isEqualTo(200);
    }

    @Test
    void aReturnIsAboutAWholeCounty_cityBureausReportForEveryCountyAndParkCommitteesNever() {
        submit("/api/statistical-returns/yingde/2015-04");
        long before = storedEvents();
        assertRefused(service.as("reporter", "county:qingcheng").putJson("/api/statistical-returns/yingde/2015-05", figures(1)),
                403, "forbidden", "county:qingcheng does not report for county yingde");
        assertRefused(service.as("reporter", "county:qingcheng").postJson("/api/statistical-returns/yingde/2015-04/revisions",
                revision(12, "not ours to revise")), 403, "forbidden", "does not report for county yingde");
        assertRefused(service.as("reporter", "park:huaqiao").putJson("/api/statistical-returns/yingde/2015-05", figures(1)),
                403, "forbidden", "park:huaqiao does not report for county yingde");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(service.as("reporter", "bureau:statistics").putJson("/api/statistical-returns/yingde/2015-05", figures(1)).status())
                .as("city bureaus report for every county").isEqualTo(201);
        assertThat(service.as("reporter", "bureau:science")
                .postJson("/api/statistical-returns/yingde/2015-04/revisions", revision(12, "patent office list")).status()).isEqualTo(201);
    }

    @Test
    void everyEventRecordsTheVerifiedIdentityNotWhatTheClientClaims() {
        HttpResult created = yingde().as(TestStack.issuer().token("chen.jing", "reporter", "county:yingde", Duration.ofMinutes(5)))
                .putJson("/api/statistical-returns/yingde/2015-06", figures(3), Map.of("X-Submitted-By", "someone.else"));
        assertThat(created.status()).isEqualTo(201);
        String metadata = service.jdbc().queryForObject("select convert_from(metadata, 'UTF8') from " + service.names().table("domainevententry")
                + " where aggregateidentifier = ?", String.class, "yingde/2015-06");
        assertThat(metadata).contains("\"submittedBy\":\"chen.jing\"", "\"role\":\"reporter\"", "\"organisation\":\"county:yingde\"")
                .doesNotContain("someone.else");
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsKey_andTheKeyThenBelongsToItsReturnAndBody() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        long before = storedEvents();
        HttpResult refused = yingde().putJson("/api/statistical-returns/yingde/2015-02",
                json("aboveScaleEnterprises", 20, "enterprisesWithRdInstitution", 22), key);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        HttpResult created = yingde().putJson("/api/statistical-returns/yingde/2015-02", figures(5), key);
        assertThat(created.status()).as("a refused request does not use up its key").isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertRefused(yingde().putJson("/api/statistical-returns/yingde/2015-02", figures(6), key), 422, "idempotency-key-reused", "Idempotency-Key");
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void aMalformedKeyIs400() {
        assertRefused(yingde().putJson("/api/statistical-returns/yingde/2015-08", figures(1), Map.of("Idempotency-Key", "x".repeat(201))),
                400, "invalid-field", "Idempotency-Key");
    }

    @Test
    void theStatesETagIsWhatARevisionSendsAsIfMatch() {
        Http qingxin = service.as("reporter", "county:qingxin");
        assertThat(qingxin.putJson("/api/statistical-returns/qingxin/2015-05", figures(10)).status()).isEqualTo(201);
        HttpResult state = qingxin.get("/api/statistical-returns/qingxin/2015-05");
        assertThat(state.status()).as(state.text()).isEqualTo(200);
        assertThat(state.header("ETag")).isEqualTo("\"0\"");
        HttpResult first = qingxin.postJson("/api/statistical-returns/qingxin/2015-05/revisions", revision(11, "late registrations"),
                Map.of("If-Match", state.header("ETag")));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        HttpResult current = qingxin.postJson("/api/statistical-returns/qingxin/2015-05/revisions", revision(12, "another late registration"),
                Map.of("If-Match", "\"1\""));
        assertThat(current.header("ETag")).isEqualTo("\"2\"");
        assertThat(qingxin.get("/api/statistical-returns/qingxin/2015-05").json().get("figures").get("patentsGranted").asInt()).isEqualTo(12);
    }

    @Test
    void tokensNeverAppearInTheLogs(CapturedOutput output) {
        String token = TestStack.token("reporter", "county:yingde");
        Http http = yingde().as(token);
        http.putJson("/api/statistical-returns/yingde/2016-06", figures(1));
        http.postJson("/api/statistical-returns/yingde/2017-01/revisions", revision(1, "a return never submitted"));
        http.as(token + "x").putJson("/api/statistical-returns/yingde/2016-06", figures(1));
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }
}
