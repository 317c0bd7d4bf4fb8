package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.stack.Infrastructure;
import cn.gov.qingyuan.plan.stack.ServiceCatalog;
import cn.gov.qingyuan.plan.stack.ServiceProcess;
import cn.gov.qingyuan.plan.stack.ServiceSpec;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole path, with every service in its own JVM from its executable jar: a department registers a
 * project and reports its investment over HTTP; the event goes through PostgreSQL and Kafka into MongoDB;
 * a monitoring team reads the county and city views over HTTP. Subclasses choose the infrastructure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class EndToEndScenario {

    private static final Duration VIEW_CATCHES_UP = Duration.ofSeconds(60);
    private static final String REGISTRATION_KEY = UUID.randomUUID().toString();

    private RunningSystem system;
    private ServiceSpec projectsSpec;
    private ServiceSpec viewsSpec;
    private ServiceProcess projects;
    private ServiceProcess views;
    private ServiceProcess targets;
    private Http projectsApi;
    private Http viewsApi;
    private String projectId;

    abstract Infrastructure infrastructure();

    @BeforeAll
    void startServices() {
        system = new RunningSystem(infrastructure());
        projectsSpec = RunningSystem.onFreePort(ServiceCatalog.INDUSTRIAL_PROJECTS);
        viewsSpec = RunningSystem.onFreePort(ServiceCatalog.TARGET_VIEWS);
        projects = system.start(projectsSpec);
        views = system.start(viewsSpec);
        // The views take their targets from the plan-targets topic; plan-targets seeds the plan's targets at start-up.
        targets = system.start(RunningSystem.onFreePort(ServiceCatalog.PLAN_TARGETS));
        projectsApi = new Http(projectsSpec.url(""), TestStack.issuer().token("qingxin.reporter", "reporter", "county:qingxin", Duration.ofHours(1)));
        viewsApi = new Http(viewsSpec.url(""), TestStack.token("monitor", null));
    }

    @AfterAll
    void stopServices() {
        if (projects != null) {
            projects.close();
        }
        if (views != null) {
            views.close();
        }
        if (targets != null) {
            targets.close();
        }
    }

    @Test
    @Order(1)
    void aRegisteredProjectAndItsMonthlyInvestmentShowInTheCountyAndCityViews() {
        HttpResult registered = projectsApi.postJson("/api/projects", json("enterprise", "Qingxin Auto Parts Co.", "county", "qingxin",
                "parkId", "taiping", "industry", "auto parts", "plannedInvestmentWanYuan", 150000, "advancedManufacturing", true,
                "highTech", true), Map.of("Idempotency-Key", REGISTRATION_KEY));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        projectId = registered.json().get("projectId").asText();
        assertThat(projectsApi.postJson("/api/projects/" + projectId + "/milestones",
                json("stage", "CONSTRUCTION_STARTED", "reachedOn", "2015-02-16")).status()).isEqualTo(201);
        assertThat(projectsApi.postJson("/api/projects/" + projectId + "/investment-reports",
                json("period", "2015-03", "amountWanYuan", 12000.5)).status()).isEqualTo(201);
        assertThat(projectsApi.postJson("/api/projects/" + projectId + "/investment-reports",
                json("period", "2015-04", "amountWanYuan", 8000)).status()).isEqualTo(201);

        await().atMost(VIEW_CATCHES_UP).untilAsserted(() -> assertThat(county("qingxin", "2015").get("reports").asLong()).isEqualTo(2));
        await().atMost(VIEW_CATCHES_UP).untilAsserted(() -> assertThat(city("2015").get("target").isNull()).as("targets arrived").isFalse());
        JsonNode qingxin = county("qingxin", "2015");
        assertThat(qingxin.get("completedWanYuan").decimalValue()).isEqualByComparingTo("20000.50");
        assertThat(qingxin.get("completed").decimalValue()).isEqualByComparingTo("2.000050");
        assertThat(qingxin.get("target").get("provenance").asText()).isEqualTo("SAMPLE");
        assertThat(qingxin.get("projectsByStage").get("CONSTRUCTION_STARTED").asLong()).isEqualTo(1);
        assertThat(qingxin.get("milestonesReached").get("CONSTRUCTION_STARTED").asLong()).isEqualTo(1);

        JsonNode city = city("2015");
        assertThat(city.get("completedWanYuan").decimalValue()).isEqualByComparingTo("20000.50");
        assertThat(city.get("target").get("valueYi").decimalValue()).isEqualByComparingTo("165");
        assertThat(city.get("target").get("provenance").asText()).isEqualTo("PLAN");
        assertThat(city.get("percentOfTarget").decimalValue()).isEqualByComparingTo("1.21");
        assertThat(city("2015-2017").get("completedWanYuan").decimalValue()).isEqualByComparingTo("20000.50");
    }

    @Test
    @Order(2)
    void theViewsAreStillRightAfterTheProjectionServiceRestarts() {
        JsonNode before = county("qingxin", "2015");
        views.stop();
        views = system.start(viewsSpec);
        JsonNode after = county("qingxin", "2015");
        assertThat(after.get("completedWanYuan")).isEqualTo(before.get("completedWanYuan"));
        assertThat(after.get("reports")).isEqualTo(before.get("reports"));
        assertThat(after.get("projectsByStage")).isEqualTo(before.get("projectsByStage"));
        assertThat(city("2015").get("completedWanYuan").decimalValue()).isEqualByComparingTo("20000.50");
    }

    @Test
    @Order(3)
    void aReportAcceptedWhileTheProjectionServiceIsDownShowsOnceItIsBack() {
        views.kill();
        assertThat(projectsApi.postJson("/api/projects/" + projectId + "/investment-reports",
                json("period", "2015-05", "amountWanYuan", 999.5)).status()).isEqualTo(201);
        views = system.start(viewsSpec);
        await().atMost(VIEW_CATCHES_UP).untilAsserted(() -> assertThat(county("qingxin", "2015").get("reports").asLong()).isEqualTo(3));
        assertThat(county("qingxin", "2015").get("completedWanYuan").decimalValue()).isEqualByComparingTo("21000.00");
    }

    @Test
    @Order(4)
    void aKafkaRecordDeliveredTwiceIsCountedOnce() throws Exception {
        ConsumerRecord<byte[], byte[]> report = lastRecordOf(projectId);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.infrastructure().kafkaBootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(report.topic(), null, report.key(), report.value(), report.headers())).get();
        }
        // A later submission on the same partition: once it shows, the copy before it has been consumed too.
        assertThat(projectsApi.postJson("/api/projects/" + projectId + "/milestones",
                json("stage", "COMPLETED", "reachedOn", "2015-06-01")).status()).isEqualTo(201);
        await().atMost(VIEW_CATCHES_UP).untilAsserted(() ->
                assertThat(county("qingxin", "2015").get("projectsByStage").get("COMPLETED").asLong()).isEqualTo(1));
        JsonNode qingxin = county("qingxin", "2015");
        assertThat(qingxin.get("reports").asLong()).isEqualTo(3);
        assertThat(qingxin.get("completedWanYuan").decimalValue()).isEqualByComparingTo("21000.00");
    }

    @Test
    @Order(5)
    void nothingAcceptedIsLostWhenTheCommandServiceCrashes() {
        projects.kill();
        projects = system.start(projectsSpec);
        HttpResult history = projectsApi.as(TestStack.token("auditor", null)).get("/api/projects/" + projectId + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json()).hasSize(6);
        assertThat(history.json().get(0).get("metadata").get("submittedBy").asText()).isEqualTo("qingxin.reporter");
        assertThat(projectsApi.postJson("/api/projects/" + projectId + "/investment-reports",
                json("period", "2015-05", "amountWanYuan", 1)).status()).as("2015-05 was reported before the crash").isEqualTo(409);
        assertThat(new BigDecimal(county("qingxin", "2015").get("completedWanYuan").asText())).isEqualByComparingTo("21000.00");

        HttpResult retried = projectsApi.postJson("/api/projects", json("enterprise", "Qingxin Auto Parts Co.", "county", "qingxin",
                "parkId", "taiping", "industry", "auto parts", "plannedInvestmentWanYuan", 150000, "advancedManufacturing", true,
                "highTech", true), Map.of("Idempotency-Key", REGISTRATION_KEY));
        assertThat(retried.header("Idempotent-Replayed")).as("idempotency keys survive a restart").isEqualTo("true");
        assertThat(retried.json().get("projectId").asText()).isEqualTo(projectId);
    }

    private ConsumerRecord<byte[], byte[]> lastRecordOf(String key) {
        List<ConsumerRecord<byte[], byte[]>> mine = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.infrastructure().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.INDUSTRIAL_PROJECTS));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(new String(r.key()))) {
                        mine.add(r);
                    }
                });
                assertThat(mine).hasSizeGreaterThanOrEqualTo(5);
            });
        }
        ConsumerRecord<byte[], byte[]> last = mine.get(mine.size() - 1);
        assertThat(new String(last.headers().lastHeader("ce_type").value())).endsWith("ProjectInvestmentReported.v2");
        return last;
    }

    private JsonNode county(String county, String period) {
        HttpResult result = viewsApi.get("/api/views/industrial-investment/counties/" + county + "?period=" + period);
        assertThat(result.status()).as(result.text()).isEqualTo(200);
        return result.json();
    }

    private JsonNode city(String period) {
        HttpResult result = viewsApi.get("/api/views/industrial-investment/city?period=" + period);
        assertThat(result.status()).as(result.text()).isEqualTo(200);
        return result.json();
    }
}
