package cn.gov.qingyuan.plan.targets.api;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static cn.gov.qingyuan.plan.testkit.KafkaProbe.header;
import static cn.gov.qingyuan.plan.testkit.KafkaProbe.published;
import static cn.gov.qingyuan.plan.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan targets API through real HTTP, on real PostgreSQL and Kafka, starting from the seeded plan. "Now" is mid-April
 * 2016, after the 2016 split was due (March 31).
 */
@StackTest(clock = "2016-04-15T02:00:00Z")
class PlanTargetsApiTest {

    static final String PLANNER = TestStack.token("planner", null);

    @Autowired
    ServiceUnderTest service;
    Http planner;
    Http auditor;
    Http monitor;

    @BeforeEach
    void setUp() {
        planner = service.as(PLANNER);
        auditor = service.as("auditor", null);
        monitor = service.as("monitor", null);
    }

    static Map<String, Object> split(double... values) {
        String[] counties = {"qingcheng", "qingxin", "yingde", "fogang", "lianzhou", "yangshan", "lianshan", "liannan"};
        Map<String, Object> split = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            split.put(counties[i], values[i]);
        }
        return split;
    }

    @Test
    void theIndicatorsAreServedToEveryRole() {
        HttpResult indicators = planner.as(TestStack.token("reporter", "county:yingde")).get("/api/indicators");
        assertThat(indicators.status()).isEqualTo(200);
        JsonNode investment = find(indicators.json(), "code", "industrial-investment");
        assertThat(investment.get("chineseName").asText()).isEqualTo("工业投资");
        assertThat(investment.get("unit").asText()).isEqualTo("亿元");
        assertThat(investment.get("aggregation").asText()).isEqualTo("SUM_OF_FLOWS");
        assertThat(investment.get("owner").asText()).isEqualTo("industrial-projects");
        JsonNode share = find(indicators.json(), "code", "advanced-manufacturing-share");
        assertThat(share.get("baseline2014").decimalValue()).isEqualByComparingTo("14.7");
        assertThat(share.get("numerator").asText()).isEqualTo("advanced-manufacturing-value-added");
        assertThat(share.get("denominator").asText()).isEqualTo("above-scale-value-added");
    }

    @Test
    void thePlansTargetsAreSeededAsPlanAndTheCountySplitAsSample() {
        HttpResult read = monitor.get("/api/targets/industrial-investment");
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        JsonNode cities = read.json().get("cityTargets");
        assertThat(cities).extracting(c -> c.get("period").asText()).containsExactly("2015", "2016", "2017", "2015-2017");
        assertThat(cities).extracting(c -> c.get("value").decimalValue().intValue()).containsExactly(165, 205, 250, 620);
        assertThat(cities).allSatisfy(c -> {
            assertThat(c.get("provenance").asText()).isEqualTo("PLAN");
            assertThat(c.get("unit").asText()).isEqualTo("亿元");
            assertThat(c.get("setBy").asText()).isEqualTo("plan-seed");
        });
        assertThat(cities.get(3).get("source").asText()).contains("620");
        JsonNode allocations = read.json().get("allocations");
        assertThat(allocations).hasSize(3).allSatisfy(a -> {
            assertThat(a.get("provenance").asText()).isEqualTo("SAMPLE");
            assertThat(a.get("late").asBoolean()).isFalse();
            assertThat(a.get("allocationNumber").asInt()).isEqualTo(1);
        });
        JsonNode split2015 = allocations.get(0);
        assertThat(split2015.get("values").get("qingcheng").decimalValue()).isEqualByComparingTo("39.60");
        assertThat(split2015.get("values").get("yangshan").decimalValue()).isEqualByComparingTo("11.55");
        assertThat(split2015.get("countySum").decimalValue()).isEqualByComparingTo("165");
        assertThat(read.header("ETag")).isEqualTo("\"6\"");

        JsonNode rdCentres = monitor.get("/api/targets/rd-centres").json().get("cityTargets");
        assertThat(rdCentres).extracting(c -> c.get("value").asInt()).containsExactly(67, 75, 83);
        JsonNode va = monitor.get("/api/targets/above-scale-value-added").json().get("cityTargets").get(0);
        assertThat(va.get("period").asText()).isEqualTo("2017");
        assertThat(va.get("value").asInt()).isEqualTo(570);
        assertThat(va.get("comparator").asText()).isEqualTo("ABOUT");
        assertThat(monitor.get("/api/targets/so2-emissions").json().get("cityTargets")).as("provincial limits are not in the plan").isEmpty();
        assertThat(monitor.get("/api/targets/so2-emissions").json().get("version").isNull()).isTrue();
    }

    @Test
    void theSeedIsRecordedAsThePlanSeedWithoutAnOrganisation() {
        JsonNode history = auditor.get("/api/targets/industrial-investment/history").json();
        assertThat(history).hasSize(7);
        assertThat(history.get(0).get("type").asText()).isEqualTo("cn.gov.qingyuan.plan.targets.CityTargetSet");
        assertThat(history.get(0).get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(history.get(0).get("metadata").get("submittedBy").asText()).isEqualTo("plan-seed");
        assertThat(history.get(0).get("metadata").get("role").asText()).isEqualTo("planner");
        assertThat(history.get(0).get("metadata").has("organisation")).isFalse();
        assertThat(history.get(6).get("type").asText()).isEqualTo("cn.gov.qingyuan.plan.targets.CountyAllocationIssued");
        assertThat(history.get(6).get("payload").get("provenance").asText()).isEqualTo("SAMPLE");
    }

    @Test
    void aPlannerIssuesASplitThatSupersedesTheSampleAndIsMarkedLateAfterMarch() {
        HttpResult issued = planner.postJson("/api/targets/retrofit-investment/allocations/2016",
                json("values", split(8, 5, 6, 4, 2.4, 2, 1.2, 1.4), "note", "经信局 2016 decomposition"));
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        assertThat(issued.header("Location")).isEqualTo("/api/targets/retrofit-investment");
        long version = issued.json().get("version").asLong();
        assertThat(issued.header("ETag")).isEqualTo("\"" + version + "\"");

        JsonNode y2016 = monitor.get("/api/targets/retrofit-investment").json().get("allocations").get(1);
        assertThat(y2016.get("year").asText()).isEqualTo("2016");
        assertThat(y2016.get("provenance").asText()).isEqualTo("PLAN");
        assertThat(y2016.get("allocationNumber").asInt()).isEqualTo(2);
        assertThat(y2016.get("supersedes").asInt()).isEqualTo(1);
        assertThat(y2016.get("issuedOn").asText()).isEqualTo("2016-04-15");
        assertThat(y2016.get("late").asBoolean()).as("due by 2016-03-31").isTrue();
        assertThat(y2016.get("values").get("yingde").decimalValue()).isEqualByComparingTo("6");
        assertThat(y2016.get("issuedBy").asText()).isEqualTo("test-planner");

        JsonNode history = auditor.get("/api/targets/retrofit-investment/history").json();
        List<String> provenances = new ArrayList<>();
        history.forEach(e -> {
            if (e.get("type").asText().endsWith("CountyAllocationIssued") && e.get("payload").get("year").asText().equals("2016")) {
                provenances.add(e.get("payload").get("provenance").asText());
            }
        });
        assertThat(provenances).as("the superseded sample stays in the history").containsExactly("SAMPLE", "PLAN");
    }

    @Test
    void anOnTimeSplitWithADateOfIssue() {
        HttpResult issued = planner.postJson("/api/targets/park-value-added/allocations/2016",
                json("values", split(31, 24, 26, 15, 10, 9, 7, 8), "issuedOn", "2016-03-30"));
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        JsonNode y2016 = monitor.get("/api/targets/park-value-added").json().get("allocations").get(1);
        assertThat(y2016.get("late").asBoolean()).isFalse();
        assertThat(y2016.get("issuedOn").asText()).isEqualTo("2016-03-30");
    }

    @Test
    void aPlannerChangesACityTargetAndRepeatingItRecordsNothing() {
        String body = json("value", 105, "comparator", "AT_LEAST", "source", "Provincial adjustment of 2016-02");
        HttpResult set = planner.putJson("/api/targets/retrofit-enterprises/city/2016", body);
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        long before = service.storedEvents();
        HttpResult again = planner.putJson("/api/targets/retrofit-enterprises/city/2016", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("version")).isEqualTo(set.json().get("version"));
        assertThat(service.storedEvents()).isEqualTo(before);
        JsonNode target = monitor.get("/api/targets/retrofit-enterprises").json().get("cityTargets").get(1);
        assertThat(target.get("value").asInt()).isEqualTo(105);
        assertThat(target.get("provenance").asText()).isEqualTo("PLAN");
        JsonNode history = auditor.get("/api/targets/retrofit-enterprises/history").json();
        JsonNode last = history.get(history.size() - 1).get("payload");
        assertThat(last.get("previousValue").asInt()).isEqualTo(100);
    }

    @Test
    void aSplitThatDoesNotAddUpIsAConflictUnlessAcceptedWithAReason() {
        long before = service.storedEvents();
        HttpResult refused = planner.postJson("/api/targets/park-fixed-asset-investment/allocations/2017",
                json("values", split(24, 18, 20, 12, 8, 7, 5, 0)));
        assertProblem(refused, 409, "values", "the counties add up to 94.0 亿元 but the city target for 2017 is 100 亿元: they differ by 6.0 (6.00 %)");
        assertThat(service.storedEvents()).isEqualTo(before);

        HttpResult accepted = planner.postJson("/api/targets/park-fixed-asset-investment/allocations/2017",
                json("values", split(24, 18, 20, 12, 8, 7, 5, 0), "acceptMismatch", true,
                        "reason", "Liannan's share is held back until its park is approved"));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
        JsonNode y2017 = monitor.get("/api/targets/park-fixed-asset-investment").json().get("allocations").get(2);
        assertThat(y2017.get("mismatchReason").asText()).isEqualTo("Liannan's share is held back until its park is approved");
        assertThat(y2017.get("cityTarget").asInt()).isEqualTo(100);
        assertThat(y2017.get("countySum").decimalValue()).isEqualByComparingTo("94");
    }

    static Stream<Arguments> badAllocations() {
        return Stream.of(
                Arguments.of("unknown indicator", "/api/targets/gdp/allocations/2016", json("values", split(1, 1, 1, 1, 1, 1, 1, 1)),
                        "indicator", "unknown indicator 'gdp'"),
                Arguments.of("incomplete split", "/api/targets/industrial-investment/allocations/2016", json("values", split(1, 1, 1, 1, 1, 1)),
                        "values", "missing: lianshan, liannan"),
                Arguments.of("unknown county", "/api/targets/industrial-investment/allocations/2016",
                        json("values", Map.of("guangzhou", 1)), "values.guangzhou", "unknown county 'guangzhou'"),
                Arguments.of("negative value", "/api/targets/industrial-investment/allocations/2016",
                        json("values", split(-1, 1, 1, 1, 1, 1, 1, 1)), "values[qingcheng]", "must not be negative"),
                Arguments.of("the whole plan", "/api/targets/industrial-investment/allocations/2015-2017",
                        json("values", split(1, 1, 1, 1, 1, 1, 1, 1)), "year", "only a plan year"),
                Arguments.of("a year outside the plan", "/api/targets/industrial-investment/allocations/2018",
                        json("values", split(1, 1, 1, 1, 1, 1, 1, 1)), "year", "not a plan year"),
                Arguments.of("issued in the future", "/api/targets/industrial-investment/allocations/2016",
                        json("values", split(1, 1, 1, 1, 1, 1, 1, 1), "issuedOn", "2016-04-16"), "issuedOn", "in the future"),
                Arguments.of("mismatch accepted without a reason", "/api/targets/industrial-investment/allocations/2016",
                        json("values", split(1, 1, 1, 1, 1, 1, 1, 1), "acceptMismatch", true), "reason", "must say why"),
                Arguments.of("unknown field", "/api/targets/industrial-investment/allocations/2016",
                        json("values", split(1, 1, 1, 1, 1, 1, 1, 1), "county", "yingde"), "county", "unknown field"),
                Arguments.of("no values", "/api/targets/industrial-investment/allocations/2016", json("note", "x"), "values", "must not be null"),
                Arguments.of("wrong type", "/api/targets/industrial-investment/allocations/2016",
                        json("values", Map.of("qingcheng", "lots")), "values.qingcheng", ""));
    }

    static Stream<Arguments> badCityTargets() {
        return Stream.of(
                Arguments.of("unknown indicator", "/api/targets/gdp/city/2016", json("value", 1, "comparator", "AT_LEAST", "source", "x"),
                        "indicator", "unknown indicator"),
                Arguments.of("bad period", "/api/targets/industrial-investment/city/2018", json("value", 1, "comparator", "AT_LEAST", "source", "x"),
                        "period", "not a plan year"),
                Arguments.of("negative", "/api/targets/industrial-investment/city/2016", json("value", -1, "comparator", "AT_LEAST", "source", "x"),
                        "value", "must not be negative"),
                Arguments.of("unknown comparator", "/api/targets/industrial-investment/city/2016",
                        json("value", 1, "comparator", "EXACTLY", "source", "x"), "comparator", "not one of"),
                Arguments.of("no source", "/api/targets/industrial-investment/city/2016", json("value", 1, "comparator", "ABOUT"),
                        "source", "must not be blank"),
                Arguments.of("bad provenance", "/api/targets/industrial-investment/city/2016",
                        json("value", 1, "comparator", "ABOUT", "source", "x", "provenance", "GUESS"), "provenance", "not one of"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"badAllocations", "badCityTargets"})
    void aBadSplitOrCityTargetIsRefusedWithTheFieldAndReasonAndWritesNothing(String problem, String path, String body, String field,
                                                                          String reason) {
        long before = service.storedEvents();
        assertProblem(planner.send(path.contains("/city/") ? "PUT" : "POST", path, "application/json", body, Map.of()), 400, field, reason);
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void readingAnUnknownIndicatorIs400() {
        assertProblem(monitor.get("/api/targets/gdp"), 400, "indicator", "unknown indicator 'gdp'");
        assertProblem(auditor.get("/api/targets/gdp/history"), 400, "indicator", "unknown indicator 'gdp'");
        assertProblem(auditor.get("/api/targets/imports/history"), 400, "indicator", "unknown indicator 'imports'");
    }

    @Test
    void theHistoryOfAnIndicatorWithoutATargetIs404() {
        assertProblem(auditor.get("/api/targets/so2-emissions/history"), 404, "indicator", "no target of 'so2-emissions' is recorded yet");
    }

    @Test
    void everyStoredEventReachesKafkaAsABinaryModeCloudEventKeyedByIndicator() {
        List<ConsumerRecord<String, byte[]>> mine = published(service.names().topic(), "industrial-investment", 7);
        ConsumerRecord<String, byte[]> first = mine.get(0);
        assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(first, "ce_type")).isEqualTo("cn.gov.qingyuan.plan.targets.CityTargetSet.v1");
        assertThat(header(first, "ce_source")).isEqualTo("/services/plan-targets");
        assertThat(header(first, "ce_subject")).isEqualTo("industrial-investment");
        assertThat(header(first, "ce_submittedby")).isEqualTo("plan-seed");
        assertThat(header(first, "ce_organisation")).isNull();
        assertThat(header(first, "ce_aggregatesequence")).isEqualTo("0");
        assertThat(new String(first.value(), StandardCharsets.UTF_8)).startsWith("{\"indicator\":\"industrial-investment\",\"period\":\"2015\"")
                .contains("\"value\":165", "\"provenance\":\"PLAN\"");
        ConsumerRecord<String, byte[]> split = mine.get(4);
        assertThat(header(split, "ce_type")).isEqualTo("cn.gov.qingyuan.plan.targets.CountyAllocationIssued.v1");
        assertThat(new String(split.value(), StandardCharsets.UTF_8)).contains("\"year\":\"2015\"", "{\"county\":\"qingcheng\",\"value\":39.60}",
                "\"provenance\":\"SAMPLE\"", "\"allocationNumber\":1", "\"supersedes\":null");
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value);
    }
}
