package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static cn.gov.qingyuan.plan.testkit.KafkaProbe.header;
import static cn.gov.qingyuan.plan.testkit.KafkaProbe.published;
import static cn.gov.qingyuan.plan.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The energy API through real HTTP, on real PostgreSQL and Kafka. */
@StackTest(clock = EnergyApiTest.NOW)
class EnergyApiTest {

    /** "Now" for these tests: mid-June 2015 in Qingyuan, so July 2015 has not begun and May's return is late. */
    static final String NOW = "2015-06-15T02:00:00Z";
    /** Sample codes of Yingde enterprises (administrative division 441881); not real enterprises. */
    static final String CODE = "91441881MA4UK7P2XL";

    @Autowired
    ServiceUnderTest service;
    /** A reporter of Yingde's county government. */
    Http http;

    @BeforeEach
    void setUp() {
        http = service.as("reporter", "county:yingde");
    }

    Http auditor() {
        return service.as("auditor", null);
    }

    static String audit(String code) {
        return json("enterpriseCode", code, "enterpriseName", "Yingde Cement Co.", "county", "yingde", "industry", "BUILDING_MATERIALS");
    }

    static String upgrade() {
        return json("enterpriseCode", CODE, "enterpriseName", "Yingde Pumps Co.", "county", "yingde");
    }

    String created(HttpResult result) {
        assertThat(result.status()).as(result.text()).isEqualTo(201);
        return result.json().get("id").asText();
    }

    @Test
    void anAuditIsPlannedStartedAndAccepted_andEachEventRecordsItsSubmission() {
        HttpResult planned = http.as(TestStack.issuer().token("li.wei", "reporter", "county:yingde", Duration.ofMinutes(5)))
                .postJson("/api/clean-production-audits", audit(CODE), Map.of("X-Correlation-Id", "req-7"));
        String auditId = created(planned);
        String base = "/api/clean-production-audits/" + auditId;
        assertThat(planned.header("Location")).isEqualTo(base);
        assertThat(planned.header("ETag")).isEqualTo("\"0\"");
        String correlationId = planned.json().get("correlationId").asText();
        assertThat(correlationId).as("the server's own id, not the client's").isNotEqualTo("req-7").isEqualTo(planned.header("X-Correlation-Id"));
        assertThat(planned.header("X-Client-Reference")).isEqualTo("req-7");

        HttpResult started = http.postJson(base + "/start", json("startedOn", "2015-03-02"), Map.of("If-Match", "\"0\""));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        assertThat(started.header("ETag")).isEqualTo("\"1\"");
        HttpResult accepted = http.postJson(base + "/acceptance", json("acceptedOn", "2015-06-15"));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
        assertThat(accepted.json().get("version").asLong()).isEqualTo(2);

        HttpResult state = http.get(base);
        assertThat(state.status()).isEqualTo(200);
        assertThat(state.header("ETag")).isEqualTo("\"2\"");
        assertThat(state.json().get("stage").asText()).isEqualTo("ACCEPTED");
        assertThat(state.json().get("industry").asText()).isEqualTo("BUILDING_MATERIALS");
        assertThat(state.json().get("acceptedOn").asText()).isEqualTo("2015-06-15");

        JsonNode events = auditor().get(base + "/history").json();
        assertThat(events.findValuesAsText("type")).containsExactly("cn.gov.qingyuan.plan.energy.CleanProductionAuditPlanned",
                "cn.gov.qingyuan.plan.energy.CleanProductionAuditStarted", "cn.gov.qingyuan.plan.energy.CleanProductionAuditAccepted");
        JsonNode first = events.get(0);
        assertThat(first.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(first.get("metadata").get("submittedBy").asText()).isEqualTo("li.wei");
        assertThat(first.get("metadata").get("organisation").asText()).isEqualTo("county:yingde");
        assertThat(first.get("metadata").get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(first.get("metadata").get("clientReference").asText()).isEqualTo("req-7");
        assertThat(first.get("metadata").get("submittedAt").asText()).isEqualTo(NOW);
        JsonNode acceptance = events.get(2).get("payload");
        assertThat(acceptance.get("enterpriseCode").asText()).isEqualTo(CODE);
        assertThat(acceptance.get("county").asText()).isEqualTo("yingde");
        assertThat(acceptance.get("industry").asText()).isEqualTo("BUILDING_MATERIALS");
    }

    @Test
    void aMotorUpgradeIsRegisteredAndCompletedWithItsCapacity() {
        String upgradeId = created(http.postJson("/api/motor-upgrades", upgrade()));
        String base = "/api/motor-upgrades/" + upgradeId;
        assertThat(http.get(base).json().get("completedOn").isNull()).isTrue();
        HttpResult completed = http.postJson(base + "/completion", json("completedOn", "2015-05-31", "capacityKw", 12500.5));
        assertThat(completed.status()).as(completed.text()).isEqualTo(201);
        assertThat(completed.header("ETag")).isEqualTo("\"1\"");
        JsonNode state = http.get(base).json();
        assertThat(state.get("capacityKw").decimalValue()).isEqualByComparingTo("12500.5");
        assertThat(state.get("completedOn").asText()).isEqualTo("2015-05-31");
        long before = service.storedEvents();
        assertProblem(http.postJson(base + "/completion", json("completedOn", "2015-06-01", "capacityKw", 1)), 409, "completedOn",
                "already completed on 2015-05-31");
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void aCountyEnergyReturnIsSubmittedOnceAndRevisedWithAReason() {
        String path = "/api/energy-returns/yingde/2015-05";
        HttpResult submitted = http.putJson(path, json("energyConsumptionTonnesCoalEquivalent", 812000.5, "so2Tonnes", 5400,
                "so2LimitTonnes", 13000));
        assertThat(created(submitted)).isEqualTo("yingde/2015-05");
        assertThat(submitted.header("Location")).isEqualTo(path);
        long before = service.storedEvents();
        assertProblem(http.putJson(path, json("so2Tonnes", 1)), 409, "period", "POST " + path + "/revisions");
        assertThat(service.storedEvents()).isEqualTo(before);

        HttpResult revised = http.postJson(path + "/revisions", json("figures", Map.of("energyConsumptionTonnesCoalEquivalent", 812000.5,
                "so2Tonnes", 5300, "codTonnes", 2100, "so2LimitTonnes", 13000), "reason", "boiler plant counted twice"), Map.of("If-Match", "\"0\""));
        assertThat(revised.status()).as(revised.text()).isEqualTo(201);
        JsonNode state = http.get(path).json();
        assertThat(state.get("version").asLong()).isEqualTo(1);
        assertThat(state.get("late").asBoolean()).as("May was due on 8 June").isTrue();
        assertThat(state.get("revisions").asInt()).isEqualTo(1);
        assertThat(state.get("figures").get("codTonnes").decimalValue()).isEqualByComparingTo("2100");
        assertThat(state.get("figures").get("noxTonnes").isNull()).isTrue();
        JsonNode revision = auditor().get(path + "/history").json().get(1).get("payload");
        assertThat(revision.get("previousFigures").get("so2Tonnes").decimalValue()).isEqualByComparingTo("5400");
        assertThat(revision.get("correctsSequence").asLong()).isZero();
    }

    @Test
    void anEnterpriseIsConnectedToOnlineMonitoringOnce() {
        String code = "91441881MA4UK7P3XL";
        String body = json("enterpriseCode", code, "enterpriseName", "Yingde Ceramics Co.", "county", "yingde", "connectedOn", "2015-06-01");
        HttpResult connected = http.postJson("/api/energy-monitoring/connections", body);
        assertThat(created(connected)).isEqualTo(code);
        assertThat(connected.header("Location")).isEqualTo("/api/energy-monitoring/connections/" + code);
        assertThat(http.get("/api/energy-monitoring/connections/" + code).json().get("connectedOn").asText()).isEqualTo("2015-06-01");
        long before = service.storedEvents();
        assertProblem(http.postJson("/api/energy-monitoring/connections", body), 409, "enterpriseCode", "already connected on 2015-06-01");
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void anEnergyManagementPlatformGoesLiveOnce() {
        String body = json("platformId", "yingde-ceramics-centre", "name", "Yingde ceramics energy centre", "county", "yingde",
                "cityPlatform", false, "launchedOn", "2015-05-20");
        HttpResult launched = http.postJson("/api/energy-management-platforms", body);
        assertThat(created(launched)).isEqualTo("yingde-ceramics-centre");
        assertThat(http.get(launched.header("Location")).json().get("launchedOn").asText()).isEqualTo("2015-05-20");
        long before = service.storedEvents();
        assertProblem(http.postJson("/api/energy-management-platforms", body), 409, "platformId", "went live on 2015-05-20");
        assertProblem(http.postJson("/api/energy-management-platforms", json("platformId", "Bad Id", "name", "x", "county", "yingde",
                "cityPlatform", true, "launchedOn", "2015-05-20")), 400, "platformId", "slug");
        assertProblem(http.postJson("/api/energy-management-platforms", json("platformId", "qingyuan-city", "name", "City centre",
                "county", "qingcheng", "cityPlatform", true, "launchedOn", "2015-06-01")), 403, "Authorization", "does not report for county qingcheng");
        assertThat(service.storedEvents()).isEqualTo(before);
        assertThat(service.as("reporter", "bureau:economy-it").postJson("/api/energy-management-platforms",
                json("platformId", "qingyuan-city", "name", "City centre", "county", "qingcheng", "cityPlatform", true,
                        "launchedOn", "2015-06-01")).status()).as("the city's bureau records the city platform").isEqualTo(201);
    }

    @Test
    void everyBadInputIsRefusedAndWritesNothing() {
        String auditId = created(http.postJson("/api/clean-production-audits", audit(CODE)));
        String audit = "/api/clean-production-audits/" + auditId;
        String upgrade = "/api/motor-upgrades/" + created(http.postJson("/api/motor-upgrades", upgrade()));
        long before = service.storedEvents();

        assertProblem(http.postJson("/api/clean-production-audits", json("enterpriseCode", CODE, "enterpriseName", "E", "county", "yingde",
                "industry", "PAPER")), 400, "industry", "");
        assertProblem(http.postJson("/api/clean-production-audits", json("enterpriseCode", "91441881ma4uk7p2xl", "enterpriseName", "E",
                "county", "yingde", "industry", "STEEL")), 400, "enterpriseCode", "upper-case");
        assertProblem(http.postJson("/api/clean-production-audits", json("enterpriseCode", CODE, "enterpriseName", "E", "county", "guangzhou",
                "industry", "STEEL")), 400, "county", "guangzhou");
        assertProblem(http.postJson("/api/clean-production-audits", json("enterpriseCode", CODE, "enterpriseName", " ", "county", "yingde",
                "industry", "STEEL")), 400, "enterpriseName", "must not be blank");
        assertProblem(http.postJson(audit + "/start", json("startedOn", "2015-06-16")), 400, "startedOn", "in the future");
        assertProblem(http.postJson(audit + "/acceptance", json("acceptedOn", "2015-06-01")), 409, "acceptedOn", "has not started");
        assertProblem(http.postJson(audit + "/start", json("startedOn", "2015-03-02", "startedAt", "x")), 400, "startedAt", "");
        assertProblem(http.postJson("/api/clean-production-audits/" + java.util.UUID.randomUUID() + "/start", json("startedOn", "2015-03-02")),
                404, "auditId", "no clean-production audit");

        assertProblem(http.postJson(upgrade + "/completion", json("completedOn", "2015-05-31", "capacityKw", 0)), 400, "capacityKw", "more than 0");
        assertProblem(http.postJson(upgrade + "/completion", json("completedOn", "2015-05-31", "capacityKw", 1.234)), 400, "capacityKw",
                "two decimals");
        assertProblem(http.postJson(upgrade + "/completion", json("completedOn", "2015-05-31")), 400, "capacityKw", "must not be null");

        assertProblem(http.putJson("/api/energy-returns/yingde/2015-04", json("so2Tonnes", -1)), 400, "so2Tonnes", "must not be negative");
        assertProblem(http.putJson("/api/energy-returns/yingde/2015-04", "{}"), 400, "body", "at least one figure");
        assertProblem(http.putJson("/api/energy-returns/yingde/2015-07", json("so2Tonnes", 1)), 400, "period", "has not begun");
        assertProblem(http.putJson("/api/energy-returns/yingde/2014-12", json("so2Tonnes", 1)), 400, "period", "outside the plan");
        assertProblem(http.putJson("/api/energy-returns/yingde/2015-04", json("sulphurTonnes", 1)), 400, "sulphurTonnes", "");
        assertProblem(http.postJson("/api/energy-returns/yingde/2015-04/revisions", json("figures", Map.of("so2Tonnes", 1),
                "reason", "never submitted")), 404, "period", "submit it with PUT first");
        assertProblem(http.get("/api/energy-returns/yingde/2015-04"), 404, "period", "no energy return 'yingde/2015-04' was submitted");
        assertProblem(http.get("/api/energy-returns/yingde/2015-13"), 400, "period", "not a month written YYYY-MM");
        assertProblem(http.get("/api/energy-returns/guangzhou/2015-04"), 400, "county", "guangzhou");
        assertProblem(http.get("/api/motor-upgrades/" + java.util.UUID.randomUUID()), 404, "upgradeId", "is registered");
        assertProblem(http.get("/api/energy-monitoring/connections/" + CODE), 404, "enterpriseCode", "is not connected");
        assertProblem(http.postJson("/api/energy-monitoring/connections", json("enterpriseCode", CODE, "enterpriseName", "E",
                "county", "yingde", "connectedOn", "2016-05-01")), 400, "connectedOn", "in the future");
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void everyStoredEventReachesKafkaAsACloudEventOfTheEnergyContext() {
        String auditId = created(http.postJson("/api/clean-production-audits", audit(CODE)));
        http.postJson("/api/clean-production-audits/" + auditId + "/start", json("startedOn", "2015-04-01"));
        String upgradeId = created(http.postJson("/api/motor-upgrades", upgrade()));
        http.postJson("/api/motor-upgrades/" + upgradeId + "/completion", json("completedOn", "2015-05-31", "capacityKw", 300));
        http.putJson("/api/energy-returns/yingde/2015-03", json("noxTonnes", 700));
        String code = "91441881MA4UK7P4XL";
        http.postJson("/api/energy-monitoring/connections", json("enterpriseCode", code, "enterpriseName", "E Co.", "county", "yingde",
                "connectedOn", "2015-06-02"));
        // A connection is keyed by its aggregate identifier, in the connections' own id space.
        Set<String> keys = Set.of(auditId, upgradeId, "yingde/2015-03", "monitoring-connection:" + code);

        List<ConsumerRecord<String, byte[]>> mine = published(service.names().topic(), keys::contains, 6);
        assertThat(mine).map(r -> header(r, "ce_type")).containsExactlyInAnyOrder(
                "cn.gov.qingyuan.plan.energy.CleanProductionAuditPlanned.v1", "cn.gov.qingyuan.plan.energy.CleanProductionAuditStarted.v1",
                "cn.gov.qingyuan.plan.energy.MotorUpgradeRegistered.v1", "cn.gov.qingyuan.plan.energy.MotorUpgradeCompleted.v1",
                "cn.gov.qingyuan.plan.energy.CountyEnergyReturnSubmitted.v1", "cn.gov.qingyuan.plan.energy.EnterpriseMonitoringConnected.v1");
        ConsumerRecord<String, byte[]> completion = mine.stream()
                .filter(r -> header(r, "ce_type").endsWith("MotorUpgradeCompleted.v1")).findFirst().orElseThrow();
        assertThat(header(completion, "ce_source")).isEqualTo("/services/energy-audits");
        assertThat(header(completion, "ce_subject")).isEqualTo(upgradeId);
        assertThat(header(completion, "ce_aggregatesequence")).isEqualTo("1");
        assertThat(header(completion, "ce_organisation")).isEqualTo("county:yingde");
        assertThat(new String(completion.value(), StandardCharsets.UTF_8)).isEqualTo("{\"upgradeId\":\"" + upgradeId
                + "\",\"county\":\"yingde\",\"enterpriseCode\":\"" + CODE + "\",\"completedOn\":\"2015-05-31\",\"capacityKw\":300}");
        ConsumerRecord<String, byte[]> connection = mine.stream()
                .filter(r -> header(r, "ce_type").endsWith("EnterpriseMonitoringConnected.v1")).findFirst().orElseThrow();
        assertThat(connection.key()).isEqualTo("monitoring-connection:" + code);
        assertThat(new String(connection.value(), StandardCharsets.UTF_8)).isEqualTo("{\"enterpriseCode\":\"" + code
                + "\",\"enterpriseName\":\"E Co.\",\"county\":\"yingde\",\"connectedOn\":\"2015-06-02\"}");
    }
}
