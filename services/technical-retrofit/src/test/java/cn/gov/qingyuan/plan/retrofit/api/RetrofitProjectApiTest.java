package cn.gov.qingyuan.plan.retrofit.api;

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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static cn.gov.qingyuan.plan.testkit.KafkaProbe.header;
import static cn.gov.qingyuan.plan.testkit.KafkaProbe.published;
import static cn.gov.qingyuan.plan.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The technical retrofit API through real HTTP, on real PostgreSQL and Kafka. */
@StackTest(clock = "2015-06-15T02:00:00Z")
class RetrofitProjectApiTest {

    /** "Now" for these tests: mid-June 2015 in Qingyuan, so July 2015 has not begun and May's report is late. */
    static final Instant NOW = Instant.parse("2015-06-15T02:00:00Z");
    /** A sample code of a Yingde enterprise (administrative division 441881); not a real enterprise. */
    static final String CODE = "91441881MA4UK7P2XL";

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
        return json("enterpriseCode", CODE, "enterpriseName", "Yingde Ceramics Co.", "county", "yingde", "parkId", "huaqiao",
                "aboveScale", true, "revenueAtLeast50Million", true, "retrofitTypes", List.of("SMART_RETROFIT", "EQUIPMENT_RENEWAL"),
                "plannedInvestmentWanYuan", 8000.5, "listedInCityLibrary", true);
    }

    /** A valid registration with fields replaced, added (value not null) or removed (value null): field, value, field, value... */
    static String projectWith(Object... fieldsAndValues) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("enterpriseCode", CODE, "enterpriseName", "E Co.",
                "county", "yingde", "aboveScale", true, "revenueAtLeast50Million", false, "retrofitTypes", List.of("SMART_PRODUCTION"),
                "plannedInvestmentWanYuan", 10));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] == null) {
                body.remove((String) fieldsAndValues[i]);
            } else {
                body.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
            }
        }
        return json(body.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray());
    }

    HttpResult report(String projectId, String period, Object amountWanYuan) {
        return http.postJson("/api/retrofit-projects/" + projectId + "/investment-reports", json("period", period, "amountWanYuan", amountWanYuan));
    }

    String registerProject() {
        HttpResult created = http.postJson("/api/retrofit-projects", validProject());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("projectId").asText();
    }

    @Test
    void aRetrofitIsRegisteredReportedCorrectedAndCompleted_andEachEventRecordsItsSubmission() {
        HttpResult created = http.as(TestStack.issuer().token("li.wei", "reporter", "county:yingde", Duration.ofMinutes(5)))
                .postJson("/api/retrofit-projects", validProject(), Map.of("X-Correlation-Id", "req-42"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String projectId = created.json().get("projectId").asText();
        assertThat(created.header("Location")).isEqualTo("/api/retrofit-projects/" + projectId);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        String correlationId = created.json().get("correlationId").asText();
        assertThat(correlationId).as("the server's own id, not the client's").isNotEqualTo("req-42").isEqualTo(created.header("X-Correlation-Id"));
        assertThat(created.header("X-Client-Reference")).isEqualTo("req-42");
        assertThat(created.json().get("version").asLong()).isZero();

        String base = "/api/retrofit-projects/" + projectId;
        HttpResult reported = http.postJson(base + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1250.75));
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
        assertThat(reported.header("ETag")).isEqualTo("\"1\"");
        assertThat(http.postJson(base + "/investment-reports/2015-05/corrections",
                json("amountWanYuan", 1200, "reason", "equipment deposit counted in May by mistake")).status()).isEqualTo(201);
        HttpResult completed = http.postJson(base + "/completion", json("completedOn", "2015-06-12"));
        assertThat(completed.status()).as(completed.text()).isEqualTo(201);
        assertThat(completed.json().get("version").asLong()).isEqualTo(3);

        HttpResult history = auditor.get(base + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.header("ETag")).isEqualTo("\"3\"");
        JsonNode events = history.json();
        assertThat(events).hasSize(4);
        assertThat(events.findValuesAsText("type")).containsExactly("cn.gov.qingyuan.plan.retrofit.RetrofitProjectRegistered",
                "cn.gov.qingyuan.plan.retrofit.RetrofitInvestmentReported", "cn.gov.qingyuan.plan.retrofit.RetrofitInvestmentCorrected",
                "cn.gov.qingyuan.plan.retrofit.RetrofitProjectCompleted");
        JsonNode registration = events.get(0);
        assertThat(registration.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(registration.get("metadata").get("submittedBy").asText()).isEqualTo("li.wei");
        assertThat(registration.get("metadata").get("organisation").asText()).isEqualTo("county:yingde");
        assertThat(registration.get("metadata").get("role").asText()).isEqualTo("reporter");
        assertThat(registration.get("metadata").get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(registration.get("metadata").get("clientReference").asText()).isEqualTo("req-42");
        assertThat(registration.get("metadata").get("submittedAt").asText()).isEqualTo(NOW.toString());
        assertThat(registration.get("payload").get("enterpriseCode").asText()).isEqualTo(CODE);
        assertThat(registration.get("payload").get("retrofitTypes").toString()).isEqualTo("[\"EQUIPMENT_RENEWAL\",\"SMART_RETROFIT\"]");
        assertThat(registration.get("payload").get("listedInCityLibrary").asBoolean()).isTrue();
        JsonNode report = events.get(1).get("payload");
        assertThat(report.get("amountWanYuan").decimalValue()).isEqualByComparingTo("1250.75");
        assertThat(report.get("enterpriseCode").asText()).isEqualTo(CODE);
        assertThat(report.get("reportedOn").asText()).isEqualTo("2015-06-15");
        assertThat(report.get("late").asBoolean()).as("May was due on 8 June").isTrue();
        JsonNode correction = events.get(2).get("payload");
        assertThat(correction.get("previousAmountWanYuan").decimalValue()).isEqualByComparingTo("1250.75");
        assertThat(correction.get("correctsSequence").asLong()).isEqualTo(1);
        JsonNode completion = events.get(3).get("payload");
        assertThat(completion.get("completedOn").asText()).isEqualTo("2015-06-12");
        assertThat(completion.get("aboveScale").asBoolean()).isTrue();
        assertThat(completion.get("revenueAtLeast50Million").asBoolean()).isTrue();
        assertThat(completion.get("county").asText()).isEqualTo("yingde");
        assertThat(service.jdbc().queryForObject("select payloadrevision from " + service.names().table("domainevententry")
                + " where aggregateidentifier = ? and sequencenumber = 3", String.class, projectId)).isEqualTo("1");

        HttpResult state = http.get(base);
        assertThat(state.status()).isEqualTo(200);
        assertThat(state.header("ETag")).isEqualTo("\"3\"");
        assertThat(state.json().get("completedOn").asText()).isEqualTo("2015-06-12");
        assertThat(state.json().get("investment").get("2015-05").get("amountWanYuan").decimalValue()).isEqualByComparingTo("1200");
        assertThat(state.json().get("investment").get("2015-05").get("corrections").asInt()).isEqualTo(1);
        assertThat(state.json().get("investment").get("2015-05").get("late").asBoolean()).isTrue();
        assertThat(http.as(TestStack.token("monitor", null)).get(base).status()).as("other roles read the state too").isEqualTo(200);
    }

    @Test
    void aProjectOutsideAnyParkWithoutTheOptionalFlagIsNotInTheCityLibrary() {
        HttpResult created = http.postJson("/api/retrofit-projects", projectWith("parkId", null));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode state = http.get("/api/retrofit-projects/" + created.json().get("projectId").asText()).json();
        assertThat(state.get("parkId").isNull()).isTrue();
        assertThat(state.get("listedInCityLibrary").asBoolean()).isFalse();
        assertThat(state.get("completedOn").isNull()).isTrue();
    }

    @Test
    void everyStoredEventReachesKafkaAsABinaryModeCloudEventKeyedByProjectId() {
        String projectId = registerProject();
        report(projectId, "2015-04", 300);
        http.postJson("/api/retrofit-projects/" + projectId + "/completion", json("completedOn", "2015-05-20"));

        List<ConsumerRecord<String, byte[]>> mine = published(service.names().topic(), projectId, 3);
        assertThat(mine).as("each event exactly once when nothing failed").hasSize(3);
        assertThat(mine).map(r -> header(r, "ce_type")).containsExactly("cn.gov.qingyuan.plan.retrofit.RetrofitProjectRegistered.v1",
                "cn.gov.qingyuan.plan.retrofit.RetrofitInvestmentReported.v1", "cn.gov.qingyuan.plan.retrofit.RetrofitProjectCompleted.v1");
        ConsumerRecord<String, byte[]> report = mine.get(1);
        assertThat(header(report, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(report, "ce_source")).isEqualTo("/services/technical-retrofit");
        assertThat(header(report, "ce_subject")).isEqualTo(projectId);
        assertThat(header(report, "ce_id")).isNotBlank();
        assertThat(OffsetDateTime.parse(header(report, "ce_time"))).isNotNull();
        assertThat(header(report, "ce_schemaversion")).isEqualTo("1");
        assertThat(header(report, "ce_submittedat")).isEqualTo(NOW.toString());
        assertThat(header(report, "ce_submittedby")).isEqualTo("test-reporter@county:yingde");
        assertThat(header(report, "ce_organisation")).isEqualTo("county:yingde");
        assertThat(header(report, "ce_submitterrole")).isEqualTo("reporter");
        assertThat(header(report, "ce_aggregatesequence")).isEqualTo("1");
        assertThat(header(report, "content-type")).isEqualTo("application/json");
        assertThat(new String(report.value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"projectId\":\"" + projectId + "\",\"county\":\"yingde\",\"enterpriseCode\":\"" + CODE + "\","
                        + "\"period\":\"2015-04\",\"amountWanYuan\":300,\"reportedOn\":\"2015-06-15\",\"late\":true}");
        assertThat(new String(mine.get(2).value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"projectId\":\"" + projectId + "\",\"county\":\"yingde\",\"enterpriseCode\":\"" + CODE + "\","
                        + "\"completedOn\":\"2015-05-20\",\"aboveScale\":true,\"revenueAtLeast50Million\":true,"
                        + "\"retrofitTypes\":[\"EQUIPMENT_RENEWAL\",\"SMART_RETROFIT\"]}");
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                Arguments.of("unknown county", projectWith("county", "guangzhou"), "county", "unknown county 'guangzhou'"),
                Arguments.of("enterprise code too short", projectWith("enterpriseCode", "91441881MA4UK7P2X"), "enterpriseCode",
                        "18-character unified social credit code"),
                Arguments.of("enterprise code with a letter the standard excludes", projectWith("enterpriseCode", "91441881MA4UK7P2XO"),
                        "enterpriseCode", "except I, O, S, V, Z"),
                Arguments.of("enterprise code in lower case", projectWith("enterpriseCode", "91441881ma4uk7p2xl"), "enterpriseCode",
                        "upper-case"),
                Arguments.of("missing enterprise code", projectWith("enterpriseCode", null), "enterpriseCode", "must not be null"),
                Arguments.of("blank enterprise name", projectWith("enterpriseName", " "), "enterpriseName", "must not be blank"),
                Arguments.of("empty retrofit types", projectWith("retrofitTypes", List.of()), "retrofitTypes",
                        "must name at least one of EQUIPMENT_RENEWAL"),
                Arguments.of("missing retrofit types", projectWith("retrofitTypes", null), "retrofitTypes", "must name at least one"),
                Arguments.of("a null retrofit type", projectWith("retrofitTypes", java.util.Arrays.asList("SMART_RETROFIT", null)),
                        "retrofitTypes[]", "must not be null"),
                Arguments.of("unknown retrofit type", projectWith("retrofitTypes", List.of("BLOCKCHAIN")), "retrofitTypes[0]",
                        "'BLOCKCHAIN' is not one of [EQUIPMENT_RENEWAL, SMART_RETROFIT"),
                Arguments.of("negative planned investment", projectWith("plannedInvestmentWanYuan", -5), "plannedInvestmentWanYuan",
                        "must be greater than 0"),
                Arguments.of("three decimals", projectWith("plannedInvestmentWanYuan", 1.005), "plannedInvestmentWanYuan", "at most two decimals"),
                Arguments.of("beyond the plan's bounds", projectWith("plannedInvestmentWanYuan", 20000000), "plannedInvestmentWanYuan",
                        "must not exceed"),
                Arguments.of("unknown park", projectWith("parkId", "nowhere"), "parkId", "unknown park 'nowhere'; known parks: guangqing-shijiao"),
                Arguments.of("park in another county", projectWith("parkId", "taiping"), "parkId", "lies in qingxin, not in yingde"),
                Arguments.of("50 million but not above scale", projectWith("aboveScale", false, "revenueAtLeast50Million", true),
                        "revenueAtLeast50Million", "set aboveScale to true"),
                Arguments.of("wrong type", projectWith("plannedInvestmentWanYuan", "lots"), "plannedInvestmentWanYuan", "not a valid number"),
                Arguments.of("flag of the wrong type", projectWith("aboveScale", "maybe"), "aboveScale", ""),
                Arguments.of("missing flag", projectWith("aboveScale", null), "aboveScale", "must not be null"),
                Arguments.of("unknown field", projectWith("budget", 1), "budget", "unknown field"),
                Arguments.of("malformed JSON", "{\"enterpriseCode\": ", "body", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void aBadRegistrationIsRefusedWithTheFieldAndReasonAndWritesNothing(String problem, String body, String field, String reason) {
        long before = service.storedEvents();
        assertProblem(http.postJson("/api/retrofit-projects", body), 400, field, reason);
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void everyBadFieldOfARegistrationIsListed() {
        HttpResult refused = http.postJson("/api/retrofit-projects", json("enterpriseCode", "X", "enterpriseName", "E", "county", "yingde",
                "aboveScale", true, "revenueAtLeast50Million", false, "retrofitTypes", List.of(), "plannedInvestmentWanYuan", -1));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactly("enterpriseCode", "plannedInvestmentWanYuan", "retrofitTypes");
    }

    static Stream<Arguments> badReports() {
        return Stream.of(
                Arguments.of("negative amount", json("period", "2015-05", "amountWanYuan", -1), "amountWanYuan", "must not be negative"),
                Arguments.of("three decimals", json("period", "2015-05", "amountWanYuan", 0.001), "amountWanYuan", "at most two decimals"),
                Arguments.of("malformed period", json("period", "2015-5", "amountWanYuan", 1), "period", "YYYY-MM"),
                Arguments.of("month 13", json("period", "2015-13", "amountWanYuan", 1), "period", "YYYY-MM"),
                Arguments.of("before the plan", json("period", "2014-12", "amountWanYuan", 1), "period", "outside the plan's span"),
                Arguments.of("a month not yet begun", json("period", "2015-07", "amountWanYuan", 1), "period", "has not begun"),
                Arguments.of("missing amount", json("period", "2015-05"), "amountWanYuan", "must not be null"),
                Arguments.of("amount of the wrong type", json("period", "2015-05", "amountWanYuan", "much"), "amountWanYuan", "not a valid number"),
                Arguments.of("period of the wrong type", json("period", 201505, "amountWanYuan", 1), "period", "YYYY-MM"),
                Arguments.of("missing period", json("amountWanYuan", 1), "period", "must not be null"),
                Arguments.of("unknown field", json("period", "2015-05", "amountWanYuan", 1, "note", "x"), "note", "unknown field"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReports")
    void aBadInvestmentReportIsRefusedAndWritesNothing(String problem, String body, String field, String reason) {
        assertAChangeIsRefused("/investment-reports", body, field, reason);
    }

    static Stream<Arguments> badCompletions() {
        return Stream.of(
                Arguments.of("in the future", json("completedOn", "2015-06-16"), "completedOn", "2015-06-16 is in the future"),
                Arguments.of("no such day", json("completedOn", "2015-02-30"), "completedOn", ""),
                Arguments.of("not a date", json("completedOn", "last week"), "completedOn", ""),
                Arguments.of("before 2000", json("completedOn", "1999-12-31"), "completedOn", "before 2000-01-01"),
                Arguments.of("missing day", json(), "completedOn", "must not be null"),
                Arguments.of("unknown field", json("completedOn", "2015-06-01", "finished", true), "finished", "unknown field"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCompletions")
    void aBadCompletionIsRefusedAndWritesNothing(String problem, String body, String field, String reason) {
        assertAChangeIsRefused("/completion", body, field, reason);
    }

    /** {@code body} sent as a change of a new project is refused with 400 on {@code field} and writes nothing. */
    private void assertAChangeIsRefused(String change, String body, String field, String reason) {
        String projectId = registerProject();
        long before = service.storedEvents();
        assertProblem(http.postJson("/api/retrofit-projects/" + projectId + change, body), 400, field, reason);
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownProjectIs404AndWritesNothing() {
        long before = service.storedEvents();
        String unknown = "/api/retrofit-projects/no-such-project";
        assertProblem(http.postJson(unknown + "/investment-reports", json("period", "2015-05", "amountWanYuan", 1)),
                404, "projectId", "no retrofit project 'no-such-project' is registered");
        assertProblem(http.postJson(unknown + "/investment-reports/2015-05/corrections", json("amountWanYuan", 1, "reason", "a typo")),
                404, "projectId", "no retrofit project");
        assertProblem(http.postJson(unknown + "/completion", json("completedOn", "2015-06-01")), 404, "projectId", "no retrofit project");
        assertProblem(http.get(unknown), 404, "projectId", "no retrofit project");
        assertProblem(auditor.get(unknown + "/history"), 404, "projectId", "no retrofit project");
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void aReportWithinEightDaysOfTheMonthsEndIsOnTime() {
        String projectId = registerProject();
        assertThat(report(projectId, "2015-06", 1).status()).isEqualTo(201);
        JsonNode report = auditor.get("/api/retrofit-projects/" + projectId + "/history").json().get(1).get("payload");
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
    void aCorrectionWithoutAReasonOrOfNothingIsRefusedAndWritesNothing() {
        String projectId = registerProject();
        String base = "/api/retrofit-projects/" + projectId;
        http.postJson(base + "/investment-reports", json("period", "2015-05", "amountWanYuan", 10));
        long before = service.storedEvents();
        assertProblem(http.postJson(base + "/investment-reports/2015-05/corrections", json("amountWanYuan", 11)), 400, "reason", "must not be blank");
        assertProblem(http.postJson(base + "/investment-reports/2015-05/corrections", json("amountWanYuan", 11, "reason", "typo")),
                400, "reason", "5 to 500 characters");
        assertProblem(http.postJson(base + "/investment-reports/2015-05/corrections", json("amountWanYuan", -1, "reason", "a reason")),
                400, "amountWanYuan", "must not be negative");
        assertProblem(http.postJson(base + "/investment-reports/2015-04/corrections", json("amountWanYuan", 11, "reason", "late invoice")),
                409, "period", "no retrofit investment was reported for 2015-04");
        assertProblem(http.postJson(base + "/investment-reports/2015-05/corrections", json("amountWanYuan", 10.00, "reason", "no change at all")),
                409, "amountWanYuan", "already 10");
        assertProblem(http.postJson(base + "/investment-reports/2015-5/corrections", json("amountWanYuan", 11, "reason", "bad period")),
                400, "period", "YYYY-MM");
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void aProjectCompletesOnceAndASecondCompletionWritesNothing() {
        String projectId = registerProject();
        assertThat(http.postJson("/api/retrofit-projects/" + projectId + "/completion", json("completedOn", "2015-06-01")).status())
                .isEqualTo(201);
        long before = service.storedEvents();
        assertProblem(http.postJson("/api/retrofit-projects/" + projectId + "/completion", json("completedOn", "2015-06-10")),
                409, "completedOn", "already completed on 2015-06-01");
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void aNonJsonBodyIsRefused() {
        assertProblem(http.post("/api/retrofit-projects", "text/plain", "hello"), 415, "Content-Type", "not supported");
    }
}
