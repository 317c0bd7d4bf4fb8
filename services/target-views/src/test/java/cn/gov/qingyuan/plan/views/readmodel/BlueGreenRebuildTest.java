package cn.gov.qingyuan.plan.views.readmodel;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditAccepted;
import cn.gov.qingyuan.plan.contracts.energy.AuditIndustry;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeCompleted;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.parks.ParkFigures;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresSubmitted;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectCompleted;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalFigures;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnRevised;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnSubmitted;
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
import cn.gov.qingyuan.plan.views.TargetViewsApplication;
import cn.gov.qingyuan.plan.views.ViewsStack;
import cn.gov.qingyuan.plan.views.facts.Knowledge;
import cn.gov.qingyuan.plan.views.figures.LiveFigures;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.gov.qingyuan.plan.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11, item 3: every view is rebuilt into a fresh database from the start of the topics while a reader polls the
 * live views every 50 ms; the rebuilt views equal the live ones field by field; readers are switched to them with no
 * failed read, a restart would open the new database, and the rebuild's consumer goes on as the live writer.
 */
@StackTest(properties = ViewsStack.OWN_CONSUMER_GROUP)
class BlueGreenRebuildTest {

    private static final String REBUILDS = "/api/operations/rebuilds";

    @Autowired
    ServiceUnderTest service;

    @Autowired
    LiveFigures live;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRebuildEqualsTheLiveViewsAndReadersAreSwitchedToItWithoutAFailedRead() throws Exception {
        int published = publishScenario();
        Http operator = service.as(TestStack.token("operator", null));
        Http monitor = service.as(TestStack.token("monitor", null));
        awaitLiveCaughtUp();
        Knowledge before = live.knowledge();

        Reader reader = new Reader(monitor);
        reader.start();
        try {
            HttpResult started = operator.postJson(REBUILDS, "{}");
            assertThat(started.status()).as(started.text()).isEqualTo(202);
            String id = started.json().get("id").asText();
            String database = started.json().get("database").asText();
            assertThat(database).isEqualTo(service.names().mongoDatabase() + "_" + id);
            assertProblem(operator.postJson(REBUILDS, "{}"), 409, "rebuild", "switch to it first");

            JsonNode caughtUp = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> operator.get(REBUILDS + "/" + id).json(), status -> status.get("state").asText().equals("caught-up"));
            System.out.printf("Rebuild %s: %d records of %d in %.2f s, %.0f events/s (published by this test: %d)%n", id,
                    caughtUp.get("applied").asLong(), caughtUp.get("total").asLong(), caughtUp.get("elapsedSeconds").asDouble(),
                    caughtUp.get("eventsPerSecond").asDouble(), published);
            assertThat(caughtUp.get("total").asLong()).isGreaterThanOrEqualTo(published);
            assertThat(caughtUp.get("progress").asDouble()).isEqualTo(1.0);
            // Spring Boot tests export no metrics over HTTP; the registry behind /actuator/prometheus has them.
            assertThat(meters.get("plan.rebuild.events").functionCounter().count()).isGreaterThanOrEqualTo(published);
            assertThat(meters.get("plan.rebuild.progress").gauge().value()).isEqualTo(1.0);
            assertThat(meters.get("plan.rebuild.rate").gauge().value()).isPositive();

            HttpResult differences = operator.get(REBUILDS + "/" + id + "/differences");
            assertThat(differences.status()).isEqualTo(200);
            assertThat(differences.json().get("views").asInt()).as("views compared").isGreaterThan(100);
            assertThat(differences.json().get("differences")).as(differences.text()).isEmpty();

            HttpResult switched = operator.postJson(REBUILDS + "/" + id + "/switch", "{}");
            assertThat(switched.status()).as(switched.text()).isEqualTo(200);
            assertThat(switched.json().get("state").asText()).isEqualTo("switched");
            assertThat(live.knowledge()).as("readers are on the rebuilt knowledge").isNotSameAs(before);
            assertProblem(operator.postJson(REBUILDS + "/" + id + "/switch", "{}"), 409, "rebuild", "only a caught-up rebuild");

            String upgrade = "bluegreen-motor-" + UUID.randomUUID();
            String motorRow = "/api/views/indicators/motor-efficiency-upgrade?period=2017";
            JsonNode motorBefore = monitor.get(motorRow).json().get("city").get("actual");
            try (EventPublisher events = new EventPublisher()) {
                events.publish(Topics.ENERGY_AUDITS, upgrade, 0, new MotorUpgradeCompleted(upgrade, County.QINGXIN,
                        EnterpriseCode.of("914418000000000077"), LocalDate.of(2017, 3, 3), new BigDecimal("40000")));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> !monitor.get(motorRow).json().get("city").get("actual").equals(motorBefore));
            Thread.sleep(500);

            try (MongoClient client = MongoClients.create(TestStack.get().mongoUri())) {
                Document active = client.getDatabase(service.names().mongoDatabase()).getCollection("read_model")
                        .find(Filters.eq("_id", "active")).first();
                assertThat(active).isNotNull();
                assertThat(active.getString("database")).isEqualTo(database);
                assertThat(active.getString("consumerGroup")).isEqualTo(service.names().mongoDatabase() + ".indicator-facts." + id);
                MongoDatabase rebuilt = client.getDatabase(database);
                assertThat(rebuilt.getCollection("indicator_facts").countDocuments()).isGreaterThan(0);
                assertThat(rebuilt.getCollection("indicator_facts").countDocuments(Filters.regex("_id", upgrade)))
                        .as("the event after the switch is written to the new database").isEqualTo(1);
                MongoDatabase former = client.getDatabase(service.names().mongoDatabase());
                assertThat(former.getCollection("indicator_facts").countDocuments(Filters.regex("_id", upgrade)))
                        .as("the former writer is stopped").isZero();

                JsonNode motorAfter = monitor.get(motorRow).json();
                try (ConfigurableApplicationContext restarted = restart()) {
                    Http again = new Http("http://localhost:" + restarted.getEnvironment().getProperty("local.server.port"),
                            TestStack.token("monitor", null));
                    assertThat(again.get(motorRow).json()).as("a restart opens the new database").isEqualTo(motorAfter);
                    Thread.sleep(1000);
                    assertThat(former.getCollection("indicator_facts").countDocuments(Filters.regex("_id", upgrade)))
                            .as("a restart consumes with the new generation's group, into its database").isZero();
                }
            }
        } finally {
            reader.stop();
        }
        System.out.printf("Reader: %d reads, %d failed%n", reader.reads.get(), reader.failures.size());
        assertThat(reader.failures).as("failed reads").isEmpty();
        assertThat(reader.reads.get()).as("reads while rebuilding and switching").isGreaterThan(20);
    }

    @Test
    void aRebuildFromTheStoresWantsTheStoreOfEveryTopic() {
        // This test's service names no command service's store (PLAN_AUDIT_SERVICES): each topic's history would be missing.
        assertProblem(service.as(TestStack.token("operator", null)).postJson(REBUILDS + "?source=stores", "{}"), 503,
                "plan.audit.services", "energy-audits, industrial-projects, industry-statistics, park-metrics, plan-targets, technical-retrofit");
    }

    @Test
    void onlyAnOperatorMayRebuildOrSwitch() {
        for (String role : List.of("monitor", "auditor", "planner")) {
            Http http = service.as(TestStack.token(role, null));
            assertProblem(http.postJson(REBUILDS, "{}"), 403, "Authorization", "only the operator role");
            assertProblem(http.get(REBUILDS + "/20150101000000"), 403, "Authorization", "only the operator role");
            assertProblem(http.postJson(REBUILDS + "/20150101000000/switch", "{}"), 403, "Authorization", "only the operator role");
        }
        assertProblem(service.as(TestStack.token("operator", null)).get(REBUILDS + "/20150101000000"), 404, "rebuild", "no rebuild");
    }

    /** A second instance of the service on this test's database and group prefix, as a restart would start it. */
    private ConfigurableApplicationContext restart() {
        Map<String, Object> properties = new HashMap<>(TestStack.environment(null, service.names().mongoDatabase()));
        properties.put("plan.projection.consumer-group", service.names().mongoDatabase());
        properties.put("server.port", "0");
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(TargetViewsApplication.class).run(arguments);
    }

    /** Polls the city view and a county view every 50 ms; a read fails unless it is a 200 with rows. */
    private static final class Reader {
        private final Http http;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger reads = new AtomicInteger();
        private final List<String> failures = new CopyOnWriteArrayList<>();
        private final Thread thread;

        Reader(Http http) {
            this.http = http;
            this.thread = new Thread(this::poll, "view-reader");
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(5_000);
        }

        private void poll() {
            List<String> urls = List.of("/api/views/city?period=2015", "/api/views/counties/qingcheng?period=2015");
            for (int i = 0; running.get(); i++) {
                String url = urls.get(i % urls.size());
                try {
                    HttpResult result = http.get(url);
                    if (result.status() != 200 || result.json() == null || result.json().get("rows") == null || result.json().get("rows").isEmpty()) {
                        failures.add(url + ": " + result.status() + " " + result.text());
                    }
                } catch (RuntimeException e) {
                    failures.add(url + ": " + e);
                }
                reads.incrementAndGet();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The live facts group has committed every record on the topics. */
    private void awaitLiveCaughtUp() {
        String group = service.names().mongoDatabase() + ".indicator-facts";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                admin.describeTopics(Set.of(Topics.INDUSTRIAL_PROJECTS, Topics.TECHNICAL_RETROFIT, Topics.INDUSTRY_STATISTICS,
                        Topics.PARK_METRICS, Topics.ENERGY_AUDITS, Topics.PLAN_TARGETS)).allTopicNames().get().forEach((topic, description) ->
                        description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
                for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                    OffsetAndMetadata position = committed.get(end.getKey());
                    if (end.getValue().offset() > 0 && (position == null || position.offset() < end.getValue().offset())) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

    /** Events of every topic, with corrections and revisions, and a few hundred monthly reports for the rate. */
    private static int publishScenario() {
        List<Object[]> records = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        IndicatorCode investment = IndicatorCode.of("retrofit-investment");
        records.add(new Object[] {Topics.PLAN_TARGETS, investment.value(), 0L, new CityTargetSet(investment, TargetPeriod.year(2015),
                new BigDecimal("165"), "亿元", TargetComparator.AT_LEAST, Provenance.PLAN, "Plan 2.4", null)});
        List<CountyValue> split = new ArrayList<>();
        for (County county : County.values()) {
            split.add(new CountyValue(county, new BigDecimal("20.625")));
        }
        records.add(new Object[] {Topics.PLAN_TARGETS, investment.value(), 1L, new CountyAllocationIssued(investment, TargetPeriod.year(2015),
                split, "亿元", Provenance.SAMPLE, LocalDate.of(2015, 7, 3), false, 1, null, null, new BigDecimal("165"), null)});
        for (County county : County.values()) {
            for (int p = 0; p < 5; p++) {
                String project = "bluegreen-" + run + "-" + county.code() + "-" + p;
                for (int month = 1; month <= 12; month++) {
                    ReportingPeriod period = ReportingPeriod.of(2015, month);
                    records.add(new Object[] {Topics.INDUSTRIAL_PROJECTS, project, (long) month - 1, new ProjectInvestmentReported(project,
                            county, period, BigDecimal.valueOf(100L * (p + 1) * month), period.dueDate().plusDays(month % 3 == 0 ? 2 : 0),
                            month % 3 == 0)});
                }
                records.add(new Object[] {Topics.INDUSTRIAL_PROJECTS, project, 12L, new ProjectInvestmentCorrected(project, county,
                        ReportingPeriod.of(2015, 4), new BigDecimal("77.5"), BigDecimal.valueOf(400L * (p + 1)), 3, "typo in April")});
            }
            // A return's id is its county and month, as the statistics service names it: one aggregate per fact key,
            // in a month no other test reports, so the facts do not depend on the order of different tests' events.
            String statistics = county.code() + "/2017-11";
            StatisticalFigures figures = new StatisticalFigures(new BigDecimal("30000"), new BigDecimal("2500"), new BigDecimal("500"),
                    new BigDecimal("60000"), 300, 40, 20, 12, 2, 1, 0, 5);
            StatisticalFigures revised = new StatisticalFigures(new BigDecimal("29000"), new BigDecimal("2500"), new BigDecimal("500"),
                    new BigDecimal("58000"), 300, 40, 20, 12, 2, 1, 0, 5);
            records.add(new Object[] {Topics.INDUSTRY_STATISTICS, statistics, 0L, new StatisticalReturnSubmitted(statistics, county,
                    ReportingPeriod.of(2017, 11), figures, LocalDate.of(2017, 12, 8), false)});
            records.add(new Object[] {Topics.INDUSTRY_STATISTICS, statistics, 1L, new StatisticalReturnRevised(statistics, county,
                    ReportingPeriod.of(2017, 11), revised, figures, 0, "statistics bureau revision")});
            EnterpriseCode enterprise = EnterpriseCode.of("91441800000007" + String.format("%04d", county.ordinal()));
            records.add(new Object[] {Topics.TECHNICAL_RETROFIT, "bluegreen-retrofit-" + run + county.code(), 0L, new RetrofitProjectCompleted(
                    "bluegreen-retrofit-" + run + county.code(), county, enterprise, LocalDate.of(2016, 8, 1), true, true,
                    Set.of(RetrofitType.SMART_RETROFIT))});
            records.add(new Object[] {Topics.ENERGY_AUDITS, "bluegreen-audit-" + run + county.code(), 0L, new CleanProductionAuditAccepted(
                    "bluegreen-audit-" + run + county.code(), county, enterprise, AuditIndustry.CHEMICALS, LocalDate.of(2016, 10, 9))});
        }
        records.add(new Object[] {Topics.PARK_METRICS, "guangqing-shijiao/2017-10", 0L, new ParkFiguresSubmitted("guangqing-shijiao/2017-10",
                "guangqing-shijiao", County.QINGCHENG, ReportingPeriod.of(2017, 10),
                new ParkFigures(new BigDecimal("8000"), new BigDecimal("12000"), new BigDecimal("9000")), LocalDate.of(2017, 11, 8), false)});
        try (EventPublisher events = new EventPublisher()) {
            records.forEach(r -> events.publish((String) r[0], (String) r[1], (Long) r[2], r[3]));
        }
        return records.size();
    }
}
