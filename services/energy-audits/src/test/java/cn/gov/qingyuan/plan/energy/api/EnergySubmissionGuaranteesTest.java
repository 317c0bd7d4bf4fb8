package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.SubmissionGuarantees;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's submission guarantees on motor upgrades (the shared suite: a POST creates one, its completion is a
 * change valid once), and what only this service adds: returns addressed by county and month, connections and
 * platforms in id spaces of their own, and one rule of scope for every kind (a county's government or a city bureau).
 */
class EnergySubmissionGuaranteesTest extends SubmissionGuarantees {

    private static final String AUDITS = "/api/clean-production-audits";
    private static final String CONNECTIONS = "/api/energy-monitoring/connections";
    private static final String CODE = "91441881MA4UK7P2XL";

    EnergySubmissionGuaranteesTest() {
        super("county:yingde", "county:qingcheng");
    }

    @Override
    protected Call create() {
        return Call.post("/api/motor-upgrades", json("enterpriseCode", CODE, "enterpriseName", "E Co. " + UUID.randomUUID(), "county", "yingde"));
    }

    @Override
    protected Call change(HttpResult created) {
        return Call.post(created.header("Location") + "/completion", json("completedOn", "2015-05-31", "capacityKw", 300));
    }

    private Http yingde() {
        return service.as("reporter", "county:yingde");
    }

    private static String audit() {
        return json("enterpriseCode", CODE, "enterpriseName", "E Co.", "county", "yingde", "industry", "STEEL");
    }

    private String plan() {
        HttpResult created = yingde().postJson(AUDITS, audit());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String connection(String code, String county) {
        return json("enterpriseCode", code, "enterpriseName", "E Co.", "county", county, "connectedOn", "2015-06-01");
    }

    @Test
    void everyKindNeedsATokenAndItsWriterRole_andOnlyAuditorsReadHistory() {
        String auditId = plan();
        long before = storedEvents();
        Http anonymous = yingde().as(null);
        assertRefused(anonymous.postJson(AUDITS + "/" + auditId + "/start", json("startedOn", "2015-06-01")), 401, "unauthenticated",
                "Authorization");
        assertRefused(anonymous.putJson("/api/energy-returns/yingde/2015-05", json("so2Tonnes", 1)), 401, "unauthenticated", "Authorization");
        assertRefused(anonymous.get(AUDITS + "/" + auditId), 401, "unauthenticated", "Authorization");
        Http monitor = service.as("monitor", null);
        assertRefused(monitor.postJson(AUDITS, audit()), 403, "forbidden", "Authorization");
        assertRefused(monitor.putJson("/api/energy-returns/yingde/2015-05", json("so2Tonnes", 1)), 403, "forbidden", "Authorization");
        assertRefused(yingde().get(AUDITS + "/" + auditId + "/history"), 403, "forbidden", "Authorization");
        assertThat(monitor.get(AUDITS + "/" + auditId).status()).as("other roles read the state").isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aReporterWritingOutsideItsCountyIs403AndWritesNothing() {
        String auditId = plan();
        String upgradeId = yingde().postJson("/api/motor-upgrades", json("enterpriseCode", CODE, "enterpriseName", "E Co.", "county", "yingde"))
                .json().get("id").asText();
        assertThat(yingde().putJson("/api/energy-returns/yingde/2015-05", json("so2Tonnes", 1)).status()).isEqualTo(201);
        long before = storedEvents();
        Http qingcheng = service.as("reporter", "county:qingcheng");
        assertRefused(qingcheng.postJson(AUDITS, audit()), 403, "forbidden", "county:qingcheng does not report for county yingde");
        assertRefused(qingcheng.postJson(AUDITS + "/" + auditId + "/start", json("startedOn", "2015-06-01")), 403, "forbidden",
                "does not report for county yingde");
        assertRefused(qingcheng.postJson("/api/motor-upgrades/" + upgradeId + "/completion", json("completedOn", "2015-06-01", "capacityKw", 5)),
                403, "forbidden", "does not report for county yingde");
        assertRefused(qingcheng.putJson("/api/energy-returns/yingde/2015-04", json("so2Tonnes", 1)), 403, "forbidden",
                "does not report for county yingde");
        assertRefused(qingcheng.postJson("/api/energy-returns/yingde/2015-05/revisions", json("figures", Map.of("so2Tonnes", 2),
                "reason", "not ours")), 403, "forbidden", "does not report for county yingde");
        assertRefused(qingcheng.postJson(CONNECTIONS, connection(CODE, "yingde")), 403, "forbidden", "does not report for county yingde");
        assertRefused(qingcheng.get(AUDITS + "/" + auditId), 403, "forbidden", "does not report for this clean-production audit");
        assertRefused(service.as("reporter", "park:huaqiao").putJson("/api/energy-returns/yingde/2015-04", json("so2Tonnes", 1)), 403, "forbidden",
                "park:huaqiao");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(service.as("reporter", "bureau:environment").putJson("/api/energy-returns/yingde/2015-04", json("so2Tonnes", 1)).status())
                .as("city bureaus report citywide").isEqualTo(201);
    }

    @Test
    void aReturnPutAgainWithItsKeyIsReplayed_andAStaleRevisionIs409() {
        String path = "/api/energy-returns/yingde/2015-02";
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        HttpResult submitted = yingde().putJson(path, json("codTonnes", 40), key);
        HttpResult again = yingde().putJson(path, json("codTonnes", 40), key);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        assertThat(again.status()).as("a plain retry would be a 409 resubmission; the key makes it a replay").isEqualTo(201);
        assertThat(again.json()).isEqualTo(submitted.json());

        assertThat(yingde().postJson(path + "/revisions", json("figures", Map.of("codTonnes", 41), "reason", "first fix")).status())
                .isEqualTo(201);
        long afterRevision = storedEvents();
        assertRefused(yingde().postJson(path + "/revisions", json("figures", Map.of("codTonnes", 42), "reason", "stale fix"),
                Map.of("If-Match", "\"0\"")), 409, "conflict", "the current version is 1");
        assertThat(storedEvents()).isEqualTo(afterRevision);
    }

    /** Issue 9: a platform's slug and an enterprise's code can be the same string; they name different records. */
    @Test
    void aPlatformWhoseIdIsAnEnterpriseCodeDoesNotStopThatEnterprisesConnection() {
        String code = "914418810000000017";
        HttpResult launched = yingde().postJson("/api/energy-management-platforms", json("platformId", code, "name", "Centre",
                "county", "yingde", "cityPlatform", false, "launchedOn", "2015-05-20"));
        assertThat(launched.status()).as(launched.text()).isEqualTo(201);
        HttpResult connected = yingde().postJson(CONNECTIONS, connection(code, "yingde"));
        assertThat(connected.status()).as(connected.text()).isEqualTo(201);
        assertThat(connected.json().get("id").asText()).isEqualTo(code);
        assertThat(connected.header("Location")).isEqualTo(CONNECTIONS + "/" + code);
        assertThat(yingde().get(CONNECTIONS + "/" + code).json().get("connectedOn").asText()).isEqualTo("2015-06-01");
        assertThat(yingde().get("/api/energy-management-platforms/" + code).json().get("launchedOn").asText()).isEqualTo("2015-05-20");
    }

    /** Issue 9: connecting an enterprise another county connected tells nothing of that connection. */
    @Test
    void anotherCountyConnectingAConnectedEnterpriseIs403WithNoData() {
        String code = "91441881MA4UK7P9XL";
        assertThat(yingde().postJson(CONNECTIONS, connection(code, "yingde")).status()).isEqualTo(201);
        long before = storedEvents();
        HttpResult theirs = service.as("reporter", "county:qingcheng").postJson(CONNECTIONS, connection(code, "qingcheng"));
        assertRefused(theirs, 403, "forbidden", "Authorization");
        assertThat(theirs.text()).doesNotContain("connectedOn").doesNotContain("2015-06-01").doesNotContain("yingde");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(yingde().postJson(CONNECTIONS, connection(code, "yingde")).status()).as("the unit that keeps it hears why").isEqualTo(409);
    }
}
