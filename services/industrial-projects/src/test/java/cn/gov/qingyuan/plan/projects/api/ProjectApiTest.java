package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static cn.gov.qingyuan.plan.testkit.KafkaProbe.header;
import static cn.gov.qingyuan.plan.testkit.KafkaProbe.published;
import static cn.gov.qingyuan.plan.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The industrial projects API through real HTTP, on real PostgreSQL and Kafka. */
@StackTest(clock = "2015-06-15T02:00:00Z")
class ProjectApiTest {

    /** "Now" for these tests: mid-June 2015, so July 2015 has not begun. */
    static final Instant NOW = Instant.parse("2015-06-15T02:00:00Z");

    @Autowired
    ServiceUnderTest service;
    /** A reporter of Yingde's county government, the unit the test projects are in. */
    Http http;
    Http auditor;

    @BeforeEach
    void setUp() {
        http = service.as("reporter", "county:yingde");
        auditor = service.as("auditor", null);
    }

    static String validProject() {
        return json("enterprise", "Yingde Ceramics Co.", "county", "yingde", "parkId", "huaqiao", "industry", "building materials",
                "plannedInvestmentWanYuan", 52000.5, "advancedManufacturing", true, "highTech", false);
    }

    String registerProject() {
        HttpResult created = http.postJson("/api/projects", validProject());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("projectId").asText();
    }

    HttpResult report(String projectId, String period, Object amountWanYuan) {
        return http.postJson("/api/projects/" + projectId + "/investment-reports", json("period", period, "amountWanYuan", amountWanYuan));
    }

    @Test
    void aProjectIsRegisteredWithItsMilestonesAndMonthlyInvestment_andEachEventRecordsItsSubmission() {
        HttpResult created = http.as(TestStack.issuer().token("li.wei", "reporter", "county:yingde", java.time.Duration.ofMinutes(5)))
                .postJson("/api/projects", validProject(), Map.of("X-Correlation-Id", "req-42"));
        assertThat(created.status()).isEqualTo(201);
        String projectId = created.json().get("projectId").asText();
        assertThat(created.header("Location")).isEqualTo("/api/projects/" + projectId);
        String correlationId = created.json().get("correlationId").asText();
        assertThat(correlationId).as("the server's own id, not the client's").isNotEqualTo("req-42").isEqualTo(created.header("X-Correlation-Id"));
        assertThat(created.header("X-Client-Reference")).isEqualTo("req-42");

        assertThat(http.postJson("/api/projects/" + projectId + "/milestones", json("stage", "SIGNED", "reachedOn", "2015-03-02")).status())
                .isEqualTo(201);
        assertThat(report(projectId, "2015-05", 1250.75).status()).isEqualTo(201);

        HttpResult history = auditor.get("/api/projects/" + projectId + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json()).hasSize(3);
        assertThat(history.json().get(0).get("type").asText()).isEqualTo("cn.gov.qingyuan.plan.industrialprojects.ProjectRegistered");
        assertThat(history.json().get(0).get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(history.json().get(0).get("metadata").get("submittedBy").asText()).isEqualTo("li.wei");
        assertThat(history.json().get(0).get("metadata").get("organisation").asText()).isEqualTo("county:yingde");
        assertThat(history.json().get(0).get("metadata").get("role").asText()).isEqualTo("reporter");
        assertThat(history.json().get(0).get("metadata").get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(history.json().get(0).get("metadata").get("clientReference").asText()).isEqualTo("req-42");
        assertThat(history.json().get(0).get("metadata").get("submittedAt").asText()).isEqualTo(NOW.toString());
        assertThat(history.json().get(2).get("payload").get("amountWanYuan").decimalValue()).isEqualByComparingTo("1250.75");
        assertThat(history.json().get(2).get("payload").get("period").asText()).isEqualTo("2015-05");
        assertThat(history.json().get(2).get("payload").get("reportedOn").asText()).isEqualTo("2015-06-15");
        assertThat(history.json().get(2).get("payload").get("late").asBoolean()).as("May was due on 8 June").isTrue();
        assertThat(history.json().get(2).get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(service.jdbc().queryForObject("select payloadrevision from " + service.names().table("domainevententry")
                + " where aggregateidentifier = ? and sequencenumber = 0", String.class, projectId)).isEqualTo("1");
    }

    @Test
    void everyStoredEventReachesKafkaAsABinaryModeCloudEventKeyedByProjectId() {
        String projectId = registerProject();
        report(projectId, "2015-04", 300);

        List<ConsumerRecord<String, byte[]>> mine = published(service.names().topic(), projectId, 2);
        assertThat(mine).as("each event exactly once when nothing failed").hasSize(2);
        ConsumerRecord<String, byte[]> report = mine.get(1);
        assertThat(header(report, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(report, "ce_type")).isEqualTo("cn.gov.qingyuan.plan.industrialprojects.ProjectInvestmentReported.v2");
        assertThat(header(report, "ce_source")).isEqualTo("/services/industrial-projects");
        assertThat(header(report, "ce_subject")).isEqualTo(projectId);
        assertThat(header(report, "ce_id")).isNotBlank();
        assertThat(java.time.OffsetDateTime.parse(header(report, "ce_time"))).isNotNull();
        assertThat(header(report, "ce_submittedat")).isEqualTo(NOW.toString());
        assertThat(header(report, "ce_submittedby")).isEqualTo("test-reporter@county:yingde");
        assertThat(header(report, "ce_organisation")).isEqualTo("county:yingde");
        assertThat(header(report, "ce_submitterrole")).isEqualTo("reporter");
        assertThat(header(report, "ce_aggregatesequence")).isEqualTo("1");
        assertThat(header(report, "content-type")).isEqualTo("application/json");
        assertThat(new String(report.value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"projectId\":\"" + projectId + "\",\"county\":\"yingde\",\"period\":\"2015-04\",\"amountWanYuan\":300,"
                        + "\"reportedOn\":\"2015-06-15\",\"late\":true}");
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                Arguments.of("unknown county", json("enterprise", "E", "county", "guangzhou", "industry", "steel",
                        "plannedInvestmentWanYuan", 10, "advancedManufacturing", false, "highTech", false), "county", "unknown county 'guangzhou'"),
                Arguments.of("missing enterprise", json("county", "yingde", "industry", "steel",
                        "plannedInvestmentWanYuan", 10, "advancedManufacturing", false, "highTech", false), "enterprise", "must not be blank"),
                Arguments.of("negative planned investment", json("enterprise", "E", "county", "yingde", "industry", "steel",
                        "plannedInvestmentWanYuan", -5, "advancedManufacturing", false, "highTech", false), "plannedInvestmentWanYuan", "must be greater than 0"),
                Arguments.of("three decimals", json("enterprise", "E", "county", "yingde", "industry", "steel",
                        "plannedInvestmentWanYuan", 1.005, "advancedManufacturing", false, "highTech", false), "plannedInvestmentWanYuan", "at most two decimals"),
                Arguments.of("beyond the plan's bounds", json("enterprise", "E", "county", "yingde", "industry", "steel",
                        "plannedInvestmentWanYuan", 20000000, "advancedManufacturing", false, "highTech", false), "plannedInvestmentWanYuan", "must not exceed"),
                Arguments.of("unknown park", json("enterprise", "E", "county", "yingde", "parkId", "nowhere", "industry", "steel",
                        "plannedInvestmentWanYuan", 10, "advancedManufacturing", false, "highTech", false), "parkId", "unknown park 'nowhere'"),
                Arguments.of("park in another county", json("enterprise", "E", "county", "liannan", "parkId", "huaqiao", "industry", "steel",
                        "plannedInvestmentWanYuan", 10, "advancedManufacturing", false, "highTech", false), "parkId", "lies in yingde"),
                Arguments.of("wrong type", json("enterprise", "E", "county", "yingde", "industry", "steel",
                        "plannedInvestmentWanYuan", "lots", "advancedManufacturing", false, "highTech", false), "plannedInvestmentWanYuan", "not a valid number"),
                Arguments.of("missing flag", json("enterprise", "E", "county", "yingde", "industry", "steel",
                        "plannedInvestmentWanYuan", 10, "advancedManufacturing", false), "highTech", "must not be null"),
                Arguments.of("unknown field", json("enterprise", "E", "county", "yingde", "industry", "steel", "budget", 1,
                        "plannedInvestmentWanYuan", 10, "advancedManufacturing", false, "highTech", false), "budget", "unknown field"),
                Arguments.of("malformed JSON", "{\"enterprise\": ", "body", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void aBadRegistrationIsRefusedWithTheFieldAndReasonAndWritesNothing(String problem, String body, String field, String reason) {
        long before = service.storedEvents();
        HttpResult refused = http.postJson("/api/projects", body);
        assertProblem(refused, 400, field, reason);
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badReports() {
        return Stream.of(
                Arguments.of("negative amount", json("period", "2015-05", "amountWanYuan", -1), "amountWanYuan", "must not be negative"),
                Arguments.of("malformed period", json("period", "2015-5", "amountWanYuan", 1), "period", "YYYY-MM"),
                Arguments.of("month 13", json("period", "2015-13", "amountWanYuan", 1), "period", "YYYY-MM"),
                Arguments.of("before the plan", json("period", "2014-12", "amountWanYuan", 1), "period", "outside the plan's span"),
                Arguments.of("a month not yet begun", json("period", "2015-07", "amountWanYuan", 1), "period", "has not begun"),
                Arguments.of("missing amount", json("period", "2015-05"), "amountWanYuan", "must not be null"),
                Arguments.of("beyond the plan's bounds", json("period", "2015-05", "amountWanYuan", 10000000.01), "amountWanYuan", "must not exceed"),
                Arguments.of("period of the wrong type", json("period", 201505, "amountWanYuan", 1), "period", "YYYY-MM"),
                Arguments.of("missing period", json("amountWanYuan", 1), "period", "must not be null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReports")
    void aBadInvestmentReportIsRefusedAndWritesNothing(String problem, String body, String field, String reason) {
        String projectId = registerProject();
        long before = service.storedEvents();
        assertProblem(http.postJson("/api/projects/" + projectId + "/investment-reports", body), 400, field, reason);
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void aBadMilestoneIsRefusedAndWritesNothing() {
        String projectId = registerProject();
        long before = service.storedEvents();
        assertProblem(http.postJson("/api/projects/" + projectId + "/milestones", json("stage", "DREAMING", "reachedOn", "2015-03-01")),
                400, "stage", "'DREAMING' is not one of [NEGOTIATING, SIGNED, CONSTRUCTION_STARTED, COMPLETED, IN_PRODUCTION]");
        assertProblem(http.postJson("/api/projects/" + projectId + "/milestones", json("stage", "SIGNED", "reachedOn", "2015-06-16")),
                400, "reachedOn", "in the future");
        assertProblem(http.postJson("/api/projects/" + projectId + "/milestones", json("stage", "SIGNED", "reachedOn", "2015-02-30")),
                400, "reachedOn", "");
        assertProblem(http.postJson("/api/projects/" + projectId + "/milestones", json("stage", "SIGNED", "reachedOn", "1999-12-31")),
                400, "reachedOn", "before 2000-01-01");
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownProjectIs404AndWritesNothing() {
        long before = service.storedEvents();
        assertProblem(http.postJson("/api/projects/no-such-project/investment-reports", json("period", "2015-05", "amountWanYuan", 1)),
                404, "projectId", "no project 'no-such-project' is registered");
        assertProblem(auditor.get("/api/projects/no-such-project/history"), 404, "projectId", "no project 'no-such-project' is registered");
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void aReportWithinEightDaysOfTheMonthsEndIsOnTime() {
        String projectId = registerProject();
        assertThat(report(projectId, "2015-06", 1).status()).isEqualTo(201);
        JsonNode report = auditor.get("/api/projects/" + projectId + "/history").json().get(1).get("payload");
        assertThat(report.get("late").asBoolean()).isFalse();
    }

    @Test
    void aSecondReportForTheSameMonthIsAConflictAndWritesNothing() {
        String projectId = registerProject();
        assertThat(report(projectId, "2015-05", 10).status()).isEqualTo(201);
        long before = service.storedEvents();
        assertProblem(report(projectId, "2015-05", 11), 409, "period", "already reported");
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void aCorrectionReplacesTheFigureWithAReasonAndKeepsTheOriginalInTheHistory() {
        String projectId = registerProject();
        assertThat(report(projectId, "2015-05", 10).status()).isEqualTo(201);
        HttpResult corrected = http.as(TestStack.issuer().token("wang.fang", "reporter", "county:yingde", java.time.Duration.ofMinutes(5)))
                .postJson("/api/projects/" + projectId + "/investment-reports/2015-05/corrections",
                        json("amountWanYuan", 12.5, "reason", "the contractor's invoice was entered twice"));
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(201);

        JsonNode history = auditor.get("/api/projects/" + projectId + "/history").json();
        assertThat(history).hasSize(3);
        assertThat(history.get(1).get("payload").get("amountWanYuan").decimalValue()).isEqualByComparingTo("10");
        JsonNode correction = history.get(2);
        assertThat(correction.get("type").asText()).endsWith("ProjectInvestmentCorrected");
        assertThat(correction.get("payload").get("amountWanYuan").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(correction.get("payload").get("previousAmountWanYuan").decimalValue()).isEqualByComparingTo("10");
        assertThat(correction.get("payload").get("correctsSequence").asLong()).isEqualTo(1);
        assertThat(correction.get("payload").get("reason").asText()).isEqualTo("the contractor's invoice was entered twice");
        assertThat(correction.get("metadata").get("submittedBy").asText()).isEqualTo("wang.fang");
    }

    @Test
    void aCorrectionWithoutAReasonOrOfNothingIsRefusedAndWritesNothing() {
        String projectId = registerProject();
        report(projectId, "2015-05", 10);
        long before = service.storedEvents();
        assertProblem(http.postJson("/api/projects/" + projectId + "/investment-reports/2015-05/corrections", json("amountWanYuan", 11)),
                400, "reason", "must not be blank");
        assertProblem(http.postJson("/api/projects/" + projectId + "/investment-reports/2015-04/corrections",
                json("amountWanYuan", 11, "reason", "late invoice")), 409, "period", "no investment was reported for 2015-04");
        assertProblem(http.postJson("/api/projects/" + projectId + "/investment-reports/2015-05/corrections",
                json("amountWanYuan", 10.00, "reason", "no change at all")), 409, "amountWanYuan", "already 10");
        assertProblem(http.postJson("/api/projects/" + projectId + "/investment-reports/2015-5/corrections",
                json("amountWanYuan", 11, "reason", "bad period")), 400, "period", "YYYY-MM");
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void aNonJsonBodyIsRefused() {
        assertProblem(http.post("/api/projects", "text/plain", "hello"), 415, "Content-Type", "not supported");
    }
}
