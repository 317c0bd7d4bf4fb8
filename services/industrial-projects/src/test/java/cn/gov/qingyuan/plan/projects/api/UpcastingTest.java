package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event stored in an old shape is read back in the current one: a v1 investment report, written into the
 * event store as an earlier release wrote it, comes back as v2 with its lateness derived from its metadata,
 * and the aggregate built from it still refuses a second report for that month.
 */
@StackTest
class UpcastingTest {

    private static final String V1_TYPE = "cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent$ProjectInvestmentReported";

    @Autowired
    ServiceUnderTest service;

    @Test
    void aVersion1ReportIsReadAsVersion2WithItsLatenessDerivedFromWhenItWasSubmitted() {
        Http http = service.as("reporter", "county:yingde");
        HttpResult registered = http.postJson("/api/projects", json("enterprise", "Old Co.", "county", "yingde", "industry", "cement",
                "plannedInvestmentWanYuan", 500, "advancedManufacturing", false, "highTech", false));
        String projectId = registered.json().get("projectId").asText();
        storeV1Report(projectId, 1, "2015-02", "{\"projectId\":\"" + projectId + "\",\"county\":\"yingde\",\"period\":\"2015-02\",\"amountWanYuan\":75.5}",
                "2015-03-09T02:00:00Z");
        storeV1Report(projectId, 2, "2015-03", "{\"projectId\":\"" + projectId + "\",\"county\":\"yingde\",\"period\":\"2015-03\",\"amountWanYuan\":10}",
                "2015-04-08T15:59:00Z");

        JsonNode history = http.as(TestStack.token("auditor", null)).get("/api/projects/" + projectId + "/history").json();
        assertThat(history).hasSize(3);
        JsonNode late = history.get(1);
        assertThat(late.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(late.get("payload").get("amountWanYuan").decimalValue()).isEqualByComparingTo("75.5");
        assertThat(late.get("payload").get("reportedOn").asText()).isEqualTo("2015-03-09");
        assertThat(late.get("payload").get("late").asBoolean()).isTrue();
        JsonNode onTime = history.get(2);
        assertThat(onTime.get("payload").get("reportedOn").asText()).as("23:59 on the 8th in Qingyuan").isEqualTo("2015-04-08");
        assertThat(onTime.get("payload").get("late").asBoolean()).isFalse();
        assertThat(service.jdbc().queryForObject("select payloadrevision from " + service.names().table("domainevententry")
                + " where aggregateidentifier = ? and sequencenumber = 1", String.class, projectId)).as("the stored row keeps the shape it was written in").isEqualTo("1");

        HttpResult again = http.postJson("/api/projects/" + projectId + "/investment-reports", json("period", "2015-02", "amountWanYuan", 1));
        assertThat(again.status()).isEqualTo(409);
    }

    private void storeV1Report(String projectId, long sequence, String period, String payload, String submittedAt) {
        String metadata = "{\"submittedBy\":\"legacy.importer\",\"submittedAt\":\"" + submittedAt + "\",\"correlationId\":\"legacy\"}";
        service.jdbc().update("insert into " + service.names().table("domainevententry")
                        + " (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, payloadtype, payloadrevision, payload,"
                        + " metadata) values (?, ?, ?, 'IndustrialProject', ?, ?, '1', ?, ?)",
                UUID.randomUUID().toString(), projectId, sequence, submittedAt, V1_TYPE,
                payload.getBytes(StandardCharsets.UTF_8), metadata.getBytes(StandardCharsets.UTF_8));
    }
}
