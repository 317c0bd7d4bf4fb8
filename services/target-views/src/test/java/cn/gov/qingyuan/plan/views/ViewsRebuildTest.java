package cn.gov.qingyuan.plan.views;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.contracts.energy.AuditIndustry;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditAccepted;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.energy.EnergyManagementPlatformEvent.EnergyManagementPlatformLaunched;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent.EnterpriseMonitoringConnected;
import cn.gov.qingyuan.plan.contracts.energy.EnergyReturnFigures;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeCompleted;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent.CircularEconomyRetrofitCompleted;
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
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 5's correctness guarantee, end to end through the real Kafka broker and the MongoDB stand-in: every view
 * (every indicator, scope and period, ranking, supervision, reporting) is unchanged by duplicate and reordered
 * redelivery, survives a restart, and equals, field by field, what a new instance rebuilds from the start of the topics.
 */
class ViewsRebuildTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** The live facts' and the audit journal's consumer groups: both must be caught up before views are compared. */
    private static final List<String> PROJECTION_GROUP_SUFFIXES = List.of(".indicator-facts", ".audit-journal");
    private static final List<ProducerRecord<String, CloudEvent>> SCENARIO = new ArrayList<>();
    private static EventPublisher events;
    private static Admin admin;

    @BeforeAll
    static void connect() {
        String bootstrap = TestStack.get().kafkaBootstrapServers();
        events = new EventPublisher();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    @AfterAll
    static void disconnect() {
        events.close();
        admin.close();
    }

    @Test
    void viewsAreUnchangedByRedeliveryAndRestartAndEqualARebuildFromTheStartOfTheTopics() {
        scenario();
        SCENARIO.forEach(ViewsRebuildTest::send);

        Instance first = Instance.start(TestStack.uniqueName("views-first"), TestStack.uniqueName("views-first"));
        Map<String, JsonNode> original;
        try {
            first.awaitCaughtUp();
            original = first.everyView();
            assertThat(original.get("/api/views/indicators/above-scale-value-added?period=2015").get("city").get("actual").decimalValue())
                    .as("the scenario reached the views").isEqualByComparingTo("5.5");
            String now = URLEncoder.encode(OffsetDateTime.now().toString(), StandardCharsets.UTF_8);
            assertThat(differences(original, first.everyView("asOf=" + now))).as("as of now, replayed from the audit journal").isEmpty();

            List<ProducerRecord<String, CloudEvent>> redelivery = new ArrayList<>(SCENARIO);
            redelivery.addAll(SCENARIO);
            Collections.reverse(redelivery);
            redelivery.forEach(ViewsRebuildTest::send);
            first.awaitCaughtUp();
            assertThat(differences(original, first.everyView())).as("after duplicate, reversed redelivery").isEmpty();
        } finally {
            first.stop();
        }

        Instance restarted = Instance.start(first.database, first.group);
        try {
            assertThat(differences(original, restarted.everyView())).as("after a restart").isEmpty();
        } finally {
            restarted.stop();
        }

        Instance rebuilt = Instance.start(TestStack.uniqueName("views-rebuilt"), TestStack.uniqueName("views-rebuilt"));
        try {
            rebuilt.awaitCaughtUp();
            assertThat(differences(original, rebuilt.everyView())).as("rebuilt from the start of the topics").isEmpty();
        } finally {
            rebuilt.stop();
        }
    }

    /** Every field that differs, as "view path: expected != actual". */
    private static List<String> differences(Map<String, JsonNode> expected, Map<String, JsonNode> actual) {
        List<String> differences = new ArrayList<>();
        Set<String> views = new TreeSet<>(expected.keySet());
        views.addAll(actual.keySet());
        for (String view : views) {
            compare(view, expected.get(view), actual.get(view), differences);
        }
        return differences;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()) {
            if (!java.util.Objects.equals(expected, actual)) {
                differences.add(path + ": " + expected + " != " + actual);
            }
            return;
        }
        if (expected.isObject()) {
            Set<String> fields = new TreeSet<>();
            expected.fieldNames().forEachRemaining(fields::add);
            actual.fieldNames().forEachRemaining(fields::add);
            fields.forEach(field -> compare(path + "." + field, expected.get(field), actual.get(field), differences));
        } else if (expected.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (expected.isNumber() ? expected.decimalValue().compareTo(actual.decimalValue()) != 0 : !expected.equals(actual)) {
            differences.add(path + ": " + expected + " != " + actual);
        }
    }

    /** A target-views instance in this JVM with its own MongoDB database and consumer group. */
    private record Instance(String database, String group, ConfigurableApplicationContext context, Http http) {

        static Instance start(String database, String group) {
            Map<String, Object> properties = new HashMap<>(TestStack.environment(null, database));
            properties.put("plan.projection.consumer-group", group);
            properties.put("server.port", "0");
            String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
            ConfigurableApplicationContext context = new SpringApplicationBuilder(TargetViewsApplication.class).run(arguments);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            return new Instance(database, group, context, new Http("http://localhost:" + port, TestStack.token("monitor", null)));
        }

        void stop() {
            context.close();
        }

        void awaitCaughtUp() {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(this::caughtUp);
        }

        private boolean caughtUp() throws Exception {
            for (String suffix : PROJECTION_GROUP_SUFFIXES) {
                if (!caughtUp(group + suffix)) {
                    return false;
                }
            }
            return true;
        }

        private boolean caughtUp(String consumerGroup) throws Exception {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(consumerGroup)
                    .partitionsToOffsetAndMetadata().get();
            Set<String> topics = admin.listTopics().names().get().stream().filter(name -> name.startsWith("plan.")).collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata position = committed.get(end.getKey());
                if (end.getValue().offset() > 0 && (position == null || position.offset() < end.getValue().offset())) {
                    return false;
                }
            }
            return true;
        }

        Map<String, JsonNode> everyView() {
            return everyView(null);
        }

        /** Every view, each asked with {@code parameter} (an auditor's {@code asOf=...}) when it is not null. */
        Map<String, JsonNode> everyView(String parameter) {
            List<String> urls = new ArrayList<>();
            for (String period : List.of("2015", "2016", "2017", "2015-2017")) {
                urls.add("/api/views/city?period=" + period);
                urls.add("/api/views/ranking?period=" + period);
                for (County county : County.values()) {
                    urls.add("/api/views/counties/" + county.code() + "?period=" + period);
                }
                for (Iterator<JsonNode> it = get("/api/views/catalogue").get("indicators").elements(); it.hasNext(); ) {
                    urls.add("/api/views/indicators/" + it.next().get("code").asText() + "?period=" + period);
                }
            }
            for (int year = 2015; year <= 2017; year++) {
                urls.add("/api/views/reporting?year=" + year);
                urls.add("/api/views/supervision?year=" + year);
            }
            Map<String, JsonNode> views = new LinkedHashMap<>();
            Http asker = parameter == null ? http : http.as(TestStack.token("auditor", null));
            urls.forEach(url -> views.put(url, get(asker, parameter == null ? url : url + "&" + parameter)));
            return views;
        }

        private JsonNode get(String url) {
            return get(http, url);
        }

        private static JsonNode get(Http http, String url) {
            HttpResult result = http.get(url);
            assertThat(result.status()).as(url + ": " + result.text()).isEqualTo(200);
            return result.json();
        }
    }

    private static void scenario() {
        SCENARIO.clear();
        IndicatorCode investment = IndicatorCode.of("retrofit-investment"); // not industrial-investment: other tests publish its targets
        target(investment.value(), 0, new CityTargetSet(investment, TargetPeriod.year(2015), new BigDecimal("165"), "亿元",
                TargetComparator.AT_LEAST, Provenance.PLAN, "Plan 2.4", null));
        List<CountyValue> split = new ArrayList<>();
        for (County county : County.values()) {
            split.add(new CountyValue(county, new BigDecimal("20.625")));
        }
        target(investment.value(), 1, new CountyAllocationIssued(investment, TargetPeriod.year(2015), split, "亿元", Provenance.SAMPLE,
                LocalDate.of(2015, 7, 3), false, 1, null, null, new BigDecimal("165"), null));

        int sequence = 0;
        for (County county : List.of(County.QINGCHENG, County.YINGDE, County.LIANNAN)) {
            String project = "rebuild-" + county.code() + "-" + UUID.randomUUID();
            for (int month = 1; month <= 6; month++) {
                ReportingPeriod period = ReportingPeriod.of(2015, month);
                record(Topics.INDUSTRIAL_PROJECTS, project, month - 1, new ProjectInvestmentReported(project, county, period,
                        BigDecimal.valueOf(1000L * (county.ordinal() + 1) * month), period.dueDate().minusDays(month % 2 == 0 ? 0 : -3), month % 2 != 0));
            }
            record(Topics.INDUSTRIAL_PROJECTS, project, 6, new ProjectInvestmentCorrected(project, county, ReportingPeriod.of(2015, 3),
                    new BigDecimal("123.45"), BigDecimal.valueOf(3000L * (county.ordinal() + 1)), 2, "typo in March"));
            sequence++;
        }

        statistics(County.QINGCHENG, "2015-06", "30000", "2500", "500", 300, 40, 20, 0);
        statistics(County.YINGDE, "2015-06", "25000", "2500", "200", 280, 30, 15, 0);
        record(Topics.INDUSTRY_STATISTICS, "qingcheng/2015-12", 0, new StatisticalReturnSubmitted("qingcheng/2015-12", County.QINGCHENG,
                ReportingPeriod.of(2015, 12), figures("31000", "2600", "520", 310, 42, 21), LocalDate.of(2016, 1, 6), false));
        record(Topics.INDUSTRY_STATISTICS, "qingcheng/2015-12", 1, new StatisticalReturnRevised("qingcheng/2015-12", County.QINGCHENG,
                ReportingPeriod.of(2015, 12), figures("30000", "2600", "520", 310, 42, 21), figures("31000", "2600", "520", 310, 42, 21),
                0, "statistics bureau revision"));

        record(Topics.PARK_METRICS, "guangqing-shijiao/2015-06", 0, new ParkFiguresSubmitted("guangqing-shijiao/2015-06", "guangqing-shijiao",
                County.QINGCHENG, ReportingPeriod.of(2015, 6), new ParkFigures(new BigDecimal("8000"), new BigDecimal("12000"), new BigDecimal("9000")),
                LocalDate.of(2015, 7, 8), false));
        record(Topics.PARK_METRICS, "guangqing-shijiao", 0, new CircularEconomyRetrofitCompleted("guangqing-shijiao", County.QINGCHENG,
                LocalDate.of(2015, 1, 5), LocalDate.of(2015, 9, 30)));

        EnterpriseCode enterprise = EnterpriseCode.of("914418000000000001");
        record(Topics.TECHNICAL_RETROFIT, "retrofit-1", 0, new RetrofitProjectCompleted("retrofit-1", County.YINGDE, enterprise,
                LocalDate.of(2015, 8, 1), true, true, Set.of(RetrofitType.SMART_RETROFIT)));
        record(Topics.TECHNICAL_RETROFIT, "retrofit-2", 0, new RetrofitProjectCompleted("retrofit-2", County.YINGDE, enterprise,
                LocalDate.of(2015, 11, 1), true, false, Set.of(RetrofitType.SMART_PRODUCTION)));
        record(Topics.ENERGY_AUDITS, "audit-1", 0, new CleanProductionAuditAccepted("audit-1", County.FOGANG, enterprise, AuditIndustry.CHEMICALS,
                LocalDate.of(2015, 10, 9)));
        record(Topics.ENERGY_AUDITS, "motor-1", 0, new MotorUpgradeCompleted("motor-1", County.QINGXIN, enterprise, LocalDate.of(2015, 5, 5),
                new BigDecimal("125000")));
        record(Topics.ENERGY_AUDITS, enterprise.value(), 0, new EnterpriseMonitoringConnected(enterprise, "Enterprise", County.QINGXIN,
                LocalDate.of(2016, 4, 1)));
        record(Topics.ENERGY_AUDITS, "city-platform", 0, new EnergyManagementPlatformLaunched("city-platform", "City platform", County.QINGCHENG,
                true, LocalDate.of(2015, 12, 20)));
        record(Topics.ENERGY_AUDITS, "lianzhou/2015-03", 0, new CountyEnergyReturnSubmitted("lianzhou/2015-03", County.LIANZHOU,
                ReportingPeriod.of(2015, 3), new EnergyReturnFigures(new BigDecimal("5000"), new BigDecimal("12"), new BigDecimal("30"),
                new BigDecimal("8"), new BigDecimal("2"), null, null, null, null), LocalDate.of(2015, 4, 20), true));
    }

    private static void statistics(County county, String month, String aboveScaleVa, String advancedVa, String highTechVa,
                                   int aboveScale, int withRd, int centres, long sequence) {
        String id = county.code() + "/" + month;
        ReportingPeriod period = ReportingPeriod.parse(month);
        record(Topics.INDUSTRY_STATISTICS, id, sequence, new StatisticalReturnSubmitted(id, county, period,
                figures(aboveScaleVa, advancedVa, highTechVa, aboveScale, withRd, centres), period.dueDate(), false));
    }

    private static StatisticalFigures figures(String aboveScaleVa, String advancedVa, String highTechVa, int aboveScale, int withRd, int centres) {
        return new StatisticalFigures(new BigDecimal(aboveScaleVa), new BigDecimal(advancedVa), new BigDecimal(highTechVa),
                new BigDecimal(aboveScaleVa).multiply(BigDecimal.valueOf(2)), aboveScale, withRd, centres, 12, 2, 1, 0, 5);
    }

    private static void target(String indicator, long sequence, Object event) {
        record(Topics.PLAN_TARGETS, indicator, sequence, event);
    }

    private static void record(String topic, String aggregateId, long sequence, Object event) {
        SCENARIO.add(EventPublisher.record(topic, aggregateId, sequence, event));
    }

    private static void send(ProducerRecord<String, CloudEvent> record) {
        events.send(record);
    }
}
