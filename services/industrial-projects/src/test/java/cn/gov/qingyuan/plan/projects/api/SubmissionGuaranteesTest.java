package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.SubmissionGuarantees;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's submission guarantees on projects (the shared suite), and what only projects add: parks as
 * reporting units, city bureaus reporting citywide, the verified identity on every event, tokens kept out of logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class SubmissionGuaranteesTest extends SubmissionGuarantees {

    private Http yingde;

    SubmissionGuaranteesTest() {
        super("county:yingde", "county:qingcheng");
    }

    @Override
    protected Call create() {
        return Call.post("/api/projects", project("yingde", null, "E Co. " + UUID.randomUUID()));
    }

    @Override
    protected Call change(HttpResult created) {
        return Call.post(created.header("Location") + "/investment-reports", json("period", "2015-05", "amountWanYuan", 5));
    }

    private static String project(String county, String parkId, String enterprise) {
        return json("enterprise", enterprise, "county", county, "parkId", parkId, "industry", "steel", "plannedInvestmentWanYuan", 100,
                "advancedManufacturing", false, "highTech", false);
    }

    @BeforeEach
    void yingde() {
        yingde = service.as("reporter", "county:yingde");
    }

    private String register() {
        HttpResult created = yingde.postJson("/api/projects", project("yingde", null, "E Co."));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("projectId").asText();
    }

    @Test
    void aReporterMayNotReadHistory() {
        String projectId = register();
        assertRefused(yingde.get("/api/projects/" + projectId + "/history"), 403, "forbidden", "Authorization");
    }

    @Test
    void aReporterWritingOutsideItsReportingUnitIs403AndWritesNothing() {
        String projectId = register();
        long before = storedEvents();
        Http qingcheng = service.as("reporter", "county:qingcheng");
        assertRefused(qingcheng.postJson("/api/projects", project("yingde", null, "E Co.")), 403, "forbidden",
                "county:qingcheng does not report for county yingde");
        assertRefused(qingcheng.postJson("/api/projects/" + projectId + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1)),
                403, "forbidden", "does not report for county yingde");
        assertRefused(qingcheng.get("/api/projects/" + projectId), 403, "forbidden", "does not report for this project");
        Http huaqiaoPark = service.as("reporter", "park:huaqiao");
        assertRefused(huaqiaoPark.postJson("/api/projects", project("yingde", null, "E Co.")), 403, "forbidden", "park:huaqiao");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(huaqiaoPark.postJson("/api/projects", project("yingde", "huaqiao", "E Co.")).status()).isEqualTo(201);
        assertThat(service.as("reporter", "bureau:economy-it")
                .postJson("/api/projects/" + projectId + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1)).status())
                .as("city bureaus report citywide").isEqualTo(201);
    }

    @Test
    void everyEventRecordsTheVerifiedIdentityNotWhatTheClientClaims() {
        HttpResult created = yingde.as(TestStack.issuer().token("chen.jing", "reporter", "county:yingde", Duration.ofMinutes(5)))
                .postJson("/api/projects", project("yingde", null, "E Co."), Map.of("X-Submitted-By", "someone.else"));
        String metadata = service.jdbc().queryForObject("select convert_from(metadata, 'UTF8') from " + service.names().table("domainevententry")
                + " where aggregateidentifier = ?", String.class, created.json().get("projectId").asText());
        assertThat(metadata).contains("\"submittedBy\":\"chen.jing\"", "\"role\":\"reporter\"", "\"organisation\":\"county:yingde\"")
                .doesNotContain("someone.else");
    }

    @Test
    void theReceiptNamesTheProjectByItsIdAndItsDeclaredName() {
        HttpResult created = yingde.postJson("/api/projects", project("yingde", null, "E Co."));
        assertThat(created.json().get("id").asText()).isEqualTo(created.json().get("projectId").asText());
        assertThat(created.header("Location")).isEqualTo("/api/projects/" + created.json().get("id").asText());
        assertThat(created.json().get("version").asLong()).isZero();
        assertThat(created.json().get("correlationId").asText()).isEqualTo(created.header("X-Correlation-Id"));
    }

    @Test
    void aChangeBasedOnTheCurrentVersionSucceeds() {
        String projectId = register();
        HttpResult state = yingde.get("/api/projects/" + projectId);
        assertThat(state.header("ETag")).isEqualTo("\"0\"");
        HttpResult signed = yingde.postJson("/api/projects/" + projectId + "/milestones", json("stage", "SIGNED", "reachedOn", "2015-03-01"),
                Map.of("If-Match", state.header("ETag")));
        assertThat(signed.status()).as(signed.text()).isEqualTo(201);
        assertThat(signed.header("ETag")).isEqualTo("\"1\"");
        assertThat(signed.json().get("version").asLong()).isEqualTo(1);
        HttpResult current = yingde.postJson("/api/projects/" + projectId + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1),
                Map.of("If-Match", "\"1\""));
        assertThat(current.header("ETag")).isEqualTo("\"2\"");
        assertThat(yingde.get("/api/projects/" + projectId).json().get("investment").get("2015-05").get("amountWanYuan").decimalValue())
                .isEqualByComparingTo("1");
    }

    @Test
    void keysBelongToTheirSubmitter() {
        String key = UUID.randomUUID().toString();
        HttpResult mine = yingde.postJson("/api/projects", project("yingde", null, "E Co."), Map.of("Idempotency-Key", key));
        HttpResult theirs = yingde.as(TestStack.issuer().token("another.reporter", "reporter", "county:yingde", Duration.ofMinutes(5)))
                .postJson("/api/projects", project("yingde", null, "E Co."), Map.of("Idempotency-Key", key));
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("projectId")).isNotEqualTo(mine.json().get("projectId"));
    }

    @Test
    void aMalformedKeyIs400() {
        assertRefused(yingde.postJson("/api/projects", project("yingde", null, "E Co."), Map.of("Idempotency-Key", "x".repeat(201))),
                400, "invalid-field", "Idempotency-Key");
    }

    @Test
    void anExpiredTokenIs401AndReferenceDataWantsAToken() {
        HttpResult expired = yingde.as(TestStack.issuer().token("x", "reporter", "county:yingde",
                java.time.Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1))).postJson("/api/projects", project("yingde", null, "E"));
        assertRefused(expired, 401, "unauthenticated", "Authorization");
        assertRefused(yingde.as(null).get("/api/parks"), 401, "unauthenticated", "Authorization");
    }

    @Test
    void tokensNeverAppearInTheLogs(CapturedOutput output) {
        String token = TestStack.token("reporter", "county:yingde");
        Http http = yingde.as(token);
        http.postJson("/api/projects", project("yingde", null, "E Co."));
        http.postJson("/api/projects/nope/investment-reports", json("period", "2015-05", "amountWanYuan", 1));
        http.as(token + "x").postJson("/api/projects", project("yingde", null, "E Co."));
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }
}
