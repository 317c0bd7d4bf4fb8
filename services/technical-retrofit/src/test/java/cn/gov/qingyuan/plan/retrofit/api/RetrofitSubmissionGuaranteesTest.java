package cn.gov.qingyuan.plan.retrofit.api;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.SubmissionGuarantees;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's submission guarantees on retrofit projects (the shared suite, changing a project by completing
 * it: valid once), and what only retrofit projects add: every kind of change and the state read refused alike
 * outside the unit, parks as reporting units, city bureaus reporting citywide, the verified identity on every event.
 */
class RetrofitSubmissionGuaranteesTest extends SubmissionGuarantees {

    private static final String BASE = "/api/retrofit-projects";

    RetrofitSubmissionGuaranteesTest() {
        super("county:yingde", "county:qingcheng");
    }

    @Override
    protected Call create() {
        return Call.post(BASE, project("yingde", null, "E Co. " + UUID.randomUUID()));
    }

    @Override
    protected Call change(HttpResult created) {
        return Call.post(created.header("Location") + "/completion", json("completedOn", "2015-06-01"));
    }

    private static String project(String county, String parkId, String enterpriseName) {
        return json("enterpriseCode", "91441881MA4UK7P2XL", "enterpriseName", enterpriseName, "county", county, "parkId", parkId,
                "aboveScale", true, "revenueAtLeast50Million", false, "retrofitTypes", List.of("ROBOTS_REPLACING_LABOUR"),
                "plannedInvestmentWanYuan", 100);
    }

    private Http yingde() {
        return service.as("reporter", "county:yingde");
    }

    private String register() {
        HttpResult created = yingde().postJson(BASE, project("yingde", null, "E Co."));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("projectId").asText();
    }

    @Test
    void aChangeOrAReadWithoutATokenIs401AndAnExpiredTokenToo() {
        String projectId = register();
        long before = storedEvents();
        assertRefused(yingde().as(null).postJson(BASE + "/" + projectId + "/completion", json("completedOn", "2015-06-01")),
                401, "unauthenticated", "Authorization");
        assertRefused(yingde().as(null).get(BASE + "/" + projectId), 401, "unauthenticated", "Authorization");
        HttpResult expired = yingde().as(TestStack.issuer().token("x", "reporter", "county:yingde",
                Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1))).postJson(BASE, project("yingde", null, "E Co."));
        assertRefused(expired, 401, "unauthenticated", "Authorization");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMonitorMayNotReportAndAReporterMayNotReadHistory() {
        String projectId = register();
        long before = storedEvents();
        Http monitor = service.as("monitor", null);
        assertRefused(monitor.postJson(BASE + "/" + projectId + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1)),
                403, "forbidden", "Authorization");
        assertRefused(yingde().get(BASE + "/" + projectId + "/history"), 403, "forbidden", "Authorization");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void everyChangeOutsideTheReportingUnitIs403AndWritesNothing_parksReportForTheirParkAndBureausCitywide() {
        String projectId = register();
        String base = BASE + "/" + projectId;
        yingde().postJson(base + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1));
        long before = storedEvents();
        Http qingcheng = service.as("reporter", "county:qingcheng");
        assertRefused(qingcheng.postJson(BASE, project("yingde", null, "E Co.")), 403, "forbidden",
                "county:qingcheng does not report for county yingde");
        assertRefused(qingcheng.postJson(base + "/investment-reports", json("period", "2015-04", "amountWanYuan", 1)),
                403, "forbidden", "does not report for county yingde");
        assertRefused(qingcheng.postJson(base + "/investment-reports/2015-05/corrections", json("amountWanYuan", 2, "reason", "not ours")),
                403, "forbidden", "does not report for county yingde");
        assertRefused(qingcheng.postJson(base + "/completion", json("completedOn", "2015-06-01")),
                403, "forbidden", "does not report for county yingde");
        assertRefused(qingcheng.get(base), 403, "forbidden", "does not report for this project");
        Http huaqiaoPark = service.as("reporter", "park:huaqiao");
        assertRefused(huaqiaoPark.postJson(BASE, project("yingde", null, "E Co.")), 403, "forbidden", "park:huaqiao");
        assertRefused(huaqiaoPark.postJson(base + "/completion", json("completedOn", "2015-06-01")), 403, "forbidden", "park:huaqiao");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(huaqiaoPark.postJson(BASE, project("yingde", "huaqiao", "E Co.")).status()).isEqualTo(201);
        assertThat(service.as("reporter", "bureau:economy-it").postJson(base + "/completion", json("completedOn", "2015-06-01"))
                .status()).as("city bureaus report citywide").isEqualTo(201);
    }

    @Test
    void everyEventRecordsTheVerifiedIdentityNotWhatTheClientClaims() {
        HttpResult created = yingde().as(TestStack.issuer().token("chen.jing", "reporter", "county:yingde", Duration.ofMinutes(5)))
                .postJson(BASE, project("yingde", null, "E Co."), Map.of("X-Submitted-By", "someone.else"));
        String metadata = service.jdbc().queryForObject("select convert_from(metadata, 'UTF8') from " + service.names().table("domainevententry")
                + " where aggregateidentifier = ?", String.class, created.json().get("projectId").asText());
        assertThat(metadata).contains("\"submittedBy\":\"chen.jing\"", "\"role\":\"reporter\"", "\"organisation\":\"county:yingde\"")
                .doesNotContain("someone.else");
    }

    @Test
    void theVersionReadFromTheStateIsTheOneToSend_anyStaleChangeIs409() {
        String base = BASE + "/" + register();
        HttpResult state = yingde().get(base);
        assertThat(state.header("ETag")).isEqualTo("\"0\"");
        HttpResult reported = yingde().postJson(base + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1),
                Map.of("If-Match", state.header("ETag")));
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
        assertThat(reported.header("ETag")).isEqualTo("\"1\"");
        assertThat(reported.json().get("version").asLong()).isEqualTo(1);

        long before = storedEvents();
        assertRefused(yingde().postJson(base + "/investment-reports/2015-05/corrections", json("amountWanYuan", 2, "reason", "stale read"),
                Map.of("If-Match", "\"0\"")), 409, "conflict", "the current version is 1");
        assertThat(storedEvents()).isEqualTo(before);

        HttpResult current = yingde().postJson(base + "/completion", json("completedOn", "2015-06-01"), Map.of("If-Match", "\"1\""));
        assertThat(current.status()).as(current.text()).isEqualTo(201);
        assertThat(current.header("ETag")).isEqualTo("\"2\"");
    }
}
