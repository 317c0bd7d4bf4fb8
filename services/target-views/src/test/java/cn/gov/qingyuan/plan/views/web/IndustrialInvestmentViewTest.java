package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.contracts.CloudEventExtensions;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.EventTopic;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectMilestoneReached;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectRegistered;
import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import cn.gov.qingyuan.plan.contracts.targets.CountyValue;
import cn.gov.qingyuan.plan.contracts.targets.IndicatorCode;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CityTargetSet;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CountyAllocationIssued;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.testkit.TestStack;
import cn.gov.qingyuan.plan.views.EventPublisher;
import cn.gov.qingyuan.plan.views.ViewsStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The investment detail view through the real Kafka broker, from the facts of the projects topic's one consumer
 * ({@code indicator-facts}) in the MongoDB stand-in, read back over real HTTP. Each
 * test uses its own counties' figures as deltas, so tests sharing the topic do not disturb each other.
 */
@StackTest(properties = ViewsStack.OWN_CONSUMER_GROUP)
class IndustrialInvestmentViewTest {

    private static EventPublisher events;

    @BeforeAll
    static void producer() {
        events = new EventPublisher();
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    @Autowired
    ServiceUnderTest service;
    @Autowired
    MongoDatabase database;
    Http http;

    @BeforeEach
    void setUp() {
        http = service.as("monitor", null);
    }

    @Test
    void registeredProjectsAndReportedInvestmentShowInTheCountyAndCityViews() {
        BigDecimal cityBefore = city("2015").get("completedWanYuan").decimalValue();
        publishTargets();
        String project = UUID.randomUUID().toString();
        publish(0, new ProjectRegistered(project, "Yangshan Cement", County.YANGSHAN, "yangshan-qigong", "building materials",
                new BigDecimal("80000"), false, false));
        publish(1, new ProjectMilestoneReached(project, County.YANGSHAN, ProjectStage.CONSTRUCTION_STARTED, LocalDate.of(2015, 2, 10)));
        publish(2, new ProjectInvestmentReported(project, County.YANGSHAN, ReportingPeriod.of(2015, 3), new BigDecimal("1500.50"), LocalDate.of(2017, 6, 1), false));
        publish(3, new ProjectInvestmentReported(project, County.YANGSHAN, ReportingPeriod.of(2016, 1), new BigDecimal("99.50"), LocalDate.of(2017, 6, 1), false));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(county("yangshan", "2016").get("completedWanYuan").decimalValue()).isEqualByComparingTo("99.50"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(county("yangshan", "2015").get("target").isNull()).isFalse());
        JsonNode yangshan2015 = county("yangshan", "2015");
        assertThat(yangshan2015.get("completedWanYuan").decimalValue()).isEqualByComparingTo("1500.50");
        assertThat(yangshan2015.get("completed").decimalValue()).isEqualByComparingTo("0.150050");
        assertThat(yangshan2015.get("target").get("valueYi").decimalValue()).isEqualByComparingTo("11.55");
        assertThat(yangshan2015.get("target").get("provenance").asText()).isEqualTo("SAMPLE");
        assertThat(yangshan2015.get("percentOfTarget").decimalValue()).isEqualByComparingTo("1.30");
        assertThat(yangshan2015.get("reports").asLong()).isEqualTo(1);
        assertThat(yangshan2015.get("milestonesReached").get("CONSTRUCTION_STARTED").asLong()).isEqualTo(1);
        assertThat(yangshan2015.get("projectsByStage").get("CONSTRUCTION_STARTED").asLong()).isEqualTo(1);
        assertThat(county("yangshan", "2015-2017").get("completedWanYuan").decimalValue()).isEqualByComparingTo("1600.00");

        JsonNode city2015 = city("2015");
        assertThat(city2015.get("target").get("valueYi").decimalValue()).isEqualByComparingTo("165");
        assertThat(city2015.get("target").get("provenance").asText()).isEqualTo("PLAN");
        assertThat(city2015.get("completedWanYuan").decimalValue().subtract(cityBefore)).isEqualByComparingTo("1500.50");
        assertThat(city2015.get("counties")).hasSize(8);
    }

    @Test
    void aRecordDeliveredTwiceIsCountedOnce() {
        String project = UUID.randomUUID().toString();
        publish(0, new ProjectRegistered(project, "Lianshan Tea", County.LIANSHAN, null, "food", new BigDecimal("100"), false, false));
        ProducerRecord<String, CloudEvent> report = record(1, new ProjectInvestmentReported(project, County.LIANSHAN,
                ReportingPeriod.of(2017, 5), new BigDecimal("40"), LocalDate.of(2017, 6, 1), false));
        send(report);
        send(new ProducerRecord<>(report.topic(), report.key(), report.value()));
        String marker = UUID.randomUUID().toString();
        publish(0, new ProjectRegistered(marker, "Marker", County.LIANSHAN, null, "food", new BigDecimal("1"), false, false));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(database.getCollection("investment_projects").find(new Document("_id", marker)).first()).isNotNull());
        assertThat(county("lianshan", "2017").get("completedWanYuan").decimalValue()).isEqualByComparingTo("40");
        assertThat(county("lianshan", "2017").get("reports").asLong()).isEqualTo(1);
    }

    @Test
    void aCorrectionReplacesTheFigureEvenIfTheOriginalReportIsRedeliveredAfterIt() {
        String project = UUID.randomUUID().toString();
        publish(0, new ProjectRegistered(project, "Lianzhou Mining", County.LIANZHOU, "minzu", "non-ferrous metals",
                new BigDecimal("5000"), false, false));
        ProjectInvestmentReported original = new ProjectInvestmentReported(project, County.LIANZHOU, ReportingPeriod.of(2016, 7),
                new BigDecimal("300"), LocalDate.of(2016, 8, 3), false);
        publish(1, original);
        publish(2, new ProjectInvestmentCorrected(project, County.LIANZHOU, ReportingPeriod.of(2016, 7), new BigDecimal("320"),
                new BigDecimal("300"), 1, "site survey"));
        publish(1, original);
        String marker = UUID.randomUUID().toString();
        publish(0, new ProjectRegistered(marker, "Marker", County.LIANZHOU, null, "x", BigDecimal.ONE, false, false));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(database.getCollection("investment_projects").find(new Document("_id", marker)).first()).isNotNull());
        JsonNode lianzhou = county("lianzhou", "2016");
        assertThat(lianzhou.get("completedWanYuan").decimalValue()).isEqualByComparingTo("320");
        assertThat(lianzhou.get("reports").asLong()).isEqualTo(1);
    }

    /**
     * Kafka keeps an aggregate's records in order on its partition, so records ahead of their predecessors are a gap
     * (docs/events.md, "What a consumer accepts"): they are held back, and the same events in their order give the view.
     */
    @Test
    void eventsOfAProjectArrivingAheadOfTheirPredecessorsAreHeldBackAndInTheirOrderGiveTheView() {
        String project = UUID.randomUUID().toString();
        ProjectMilestoneReached signed = new ProjectMilestoneReached(project, County.LIANNAN, ProjectStage.SIGNED, LocalDate.of(2016, 1, 5));
        ProjectInvestmentReported april = new ProjectInvestmentReported(project, County.LIANNAN, ReportingPeriod.of(2016, 4),
                new BigDecimal("250"), LocalDate.of(2017, 6, 1), false);
        ProjectMilestoneReached completed = new ProjectMilestoneReached(project, County.LIANNAN, ProjectStage.COMPLETED, LocalDate.of(2016, 9, 1));
        publish(3, completed);
        publish(2, april);
        publish(1, signed);
        publish(0, new ProjectRegistered(project, "Liannan Textiles", County.LIANNAN, null, "textiles", new BigDecimal("900"), false, true));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Document stored = database.getCollection("investment_projects").find(new Document("_id", project)).first();
            assertThat(stored).isNotNull();
            assertThat(stored.getString("enterprise")).isEqualTo("Liannan Textiles");
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(database.getCollection("rejected_events")
                .countDocuments(new Document("key", project).append("projection", "indicator-facts"))).isEqualTo(3));

        publish(1, signed);
        publish(2, april);
        publish(3, completed);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(county("liannan", "2016").get("milestonesReached")
                .get("COMPLETED").asLong()).isEqualTo(1));
        JsonNode liannan = county("liannan", "2016");
        assertThat(liannan.get("completedWanYuan").decimalValue()).isEqualByComparingTo("250");
        assertThat(liannan.get("milestonesReached").get("SIGNED").asLong()).isEqualTo(1);
        assertThat(liannan.get("milestonesReached").get("COMPLETED").asLong()).isEqualTo(1);
        assertThat(liannan.get("projectsByStage").get("COMPLETED").asLong()).isEqualTo(1);
        assertThat(liannan.get("projectsByStage").get("NEGOTIATING").asLong()).isZero();
    }

    @Test
    void anUnreadableRecordIsSetAsideAndDoesNotBlockTheRecordsAfterIt() throws Exception {
        String project = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestStack.get().kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(Topics.INDUSTRIAL_PROJECTS, project, "not a cloud event".getBytes())).get();
        }
        send(new ProducerRecord<>(Topics.INDUSTRIAL_PROJECTS, project, CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(EventTopic.INDUSTRIAL_PROJECTS.source()).withType(EventType.of(ProjectInvestmentReported.class).cloudEventType())
                .withSubject(project).withTime(OffsetDateTime.now()).withExtension(CloudEventExtensions.AGGREGATE_SEQUENCE, 0L)
                .withData("application/json", "{\"projectId\":".getBytes()).build()));
        publish(0, new ProjectRegistered(project, "After the bad ones", County.FOGANG, "fogang", "machinery", new BigDecimal("10"), true, true));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(database.getCollection("investment_projects").find(new Document("_id", project)).first()).isNotNull());
        assertThat(database.getCollection("rejected_events").countDocuments(new Document("key", project)
                .append("projection", "indicator-facts"))).isEqualTo(2);
    }

    @Test
    void viewsNeedAToken() {
        HttpResult anonymous = http.as(null).get("/api/views/industrial-investment/city?period=2015");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("type").asText()).isEqualTo("urn:qingyuan-plan:problem:unauthenticated");
        assertThat(service.as("reporter", "county:qingxin").get("/api/views/industrial-investment/city?period=2015").status())
                .as("reporting units may see how the plan stands").isEqualTo(200);
        assertThat(http.as(null).get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void aPeriodOutsideThePlanOrAnUnknownCountyIsAProblem() {
        HttpResult badPeriod = http.get("/api/views/industrial-investment/city?period=2019");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.contentType()).startsWith("application/problem+json");
        assertThat(badPeriod.json().get("field").asText()).isEqualTo("period");
        HttpResult badCounty = http.get("/api/views/industrial-investment/counties/guangzhou?period=2015");
        assertThat(badCounty.status()).isEqualTo(400);
        assertThat(badCounty.json().get("field").asText()).isEqualTo("county");
        assertThat(badCounty.json().get("reason").asText()).contains("unknown county 'guangzhou'");
    }

    private JsonNode county(String county, String period) {
        HttpResult result = http.get("/api/views/industrial-investment/counties/" + county + "?period=" + period);
        assertThat(result.status()).as(result.text()).isEqualTo(200);
        return result.json();
    }

    private JsonNode city(String period) {
        HttpResult result = http.get("/api/views/industrial-investment/city?period=" + period);
        assertThat(result.status()).as(result.text()).isEqualTo(200);
        return result.json();
    }

    /** The targets as plan-targets publishes them: the plan's citywide 165 亿 for 2015 and a sample county split. */
    private void publishTargets() {
        IndicatorCode investment = IndicatorCode.of("industrial-investment");
        List<CountyValue> split = List.of(new CountyValue(County.QINGCHENG, new BigDecimal("39.6")), new CountyValue(County.QINGXIN, new BigDecimal("29.7")),
                new CountyValue(County.YINGDE, new BigDecimal("33")), new CountyValue(County.FOGANG, new BigDecimal("19.8")),
                new CountyValue(County.LIANZHOU, new BigDecimal("13.2")), new CountyValue(County.YANGSHAN, new BigDecimal("11.55")),
                new CountyValue(County.LIANSHAN, new BigDecimal("8.25")), new CountyValue(County.LIANNAN, new BigDecimal("9.9")));
        sendTarget(0, new CityTargetSet(investment, TargetPeriod.year(2015), new BigDecimal("165"), "亿元", TargetComparator.AT_LEAST,
                Provenance.PLAN, "Plan 2.4", null));
        sendTarget(1, new CountyAllocationIssued(investment, TargetPeriod.year(2015), split, "亿元", Provenance.SAMPLE, LocalDate.of(2015, 7, 3),
                false, 1, null, "sample split", new BigDecimal("165"), null));
    }

    private static void sendTarget(long sequence, Object event) {
        events.publish(Topics.PLAN_TARGETS, "industrial-investment", sequence, event);
    }

    private void publish(long sequence, Object event) {
        send(record(sequence, event));
    }

    private static ProducerRecord<String, CloudEvent> record(long sequence, Object event) {
        try {
            String projectId = (String) event.getClass().getMethod("projectId").invoke(event);
            return EventPublisher.record(Topics.INDUSTRIAL_PROJECTS, projectId, sequence, event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(ProducerRecord<String, CloudEvent> record) {
        events.send(record);
    }
}
