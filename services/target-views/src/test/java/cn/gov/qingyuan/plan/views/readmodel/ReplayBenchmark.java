package cn.gov.qingyuan.plan.views.readmodel;

import cn.gov.qingyuan.plan.contracts.ChainDigest;
import cn.gov.qingyuan.plan.contracts.CloudEventExtensions;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.contracts.EventTopic;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.contracts.energy.AuditIndustry;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditAccepted;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent.EnterpriseMonitoringConnected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectRegistered;
import cn.gov.qingyuan.plan.contracts.parks.ParkFigures;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresSubmitted;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentReported;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalFigures;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.targets.CountyValue;
import cn.gov.qingyuan.plan.contracts.targets.IndicatorCode;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CityTargetSet;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CountyAllocationIssued;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.projection.EventEnvelope;
import cn.gov.qingyuan.plan.projection.ProjectionReplays;
import cn.gov.qingyuan.plan.projection.ReplayConsumer;
import cn.gov.qingyuan.plan.testkit.TestStack;
import cn.gov.qingyuan.plan.views.facts.FactChanges;
import cn.gov.qingyuan.plan.views.facts.FactGeneration;
import cn.gov.qingyuan.plan.views.facts.FactHistory;
import cn.gov.qingyuan.plan.views.facts.Replay;
import cn.gov.qingyuan.plan.views.figures.EveryView;
import cn.gov.qingyuan.plan.views.figures.FigureRules;
import cn.gov.qingyuan.plan.views.figures.ViewDifferences;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * {@code make bench-replay}: how fast a rebuild fills a fresh read-model generation from the start of the topics.
 * Publishes {@code -Dbench.events} events (default 1,000,000) of all six services' kinds to the embedded Kafka, chained
 * as the services chain them, then replays them as a rebuild does ({@link ProjectionReplays} into a
 * {@link FactGeneration} on the MongoDB stand-in) and, side by side, through the handlers alone in memory (no Kafka, no
 * MongoDB): the ceiling the handlers set. Prints events/s of each; not part of {@code make test}.
 */
public final class ReplayBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final County[] COUNTIES = County.values();
    private static final List<String> TOPICS = List.of(Topics.PLAN_TARGETS, Topics.INDUSTRIAL_PROJECTS, Topics.TECHNICAL_RETROFIT,
            Topics.INDUSTRY_STATISTICS, Topics.PARK_METRICS, Topics.ENERGY_AUDITS);
    private static final byte[] METADATA = "{\"submittedBy\":\"bench\"}".getBytes(StandardCharsets.UTF_8);

    private record Event(String topic, String aggregateId, long sequence, Object payload) {
    }

    public static void main(String[] args) throws Exception {
        int wanted = Integer.getInteger("bench.events", 1_000_000);
        List<Event> events = generate(wanted);
        int generated = events.size();
        System.out.printf("generated %,d events: %s%n", generated, census(events));

        long inMemory = System.nanoTime();
        Replay alone = new Replay(FactHistory.NONE);
        for (Event event : events) {
            alone.apply(event.payload(), envelope(event));
        }
        double handlersSeconds = (System.nanoTime() - inMemory) / 1e9;
        System.out.printf("handlers alone, in memory: %.1f s, %,.0f events/s%n", handlersSeconds, events.size() / handlersSeconds);

        String kafka = TestStack.get().kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
            admin.createTopics(TOPICS.stream().map(topic -> new NewTopic(topic, 3, (short) 1)).toList()).all().get();
        }
        long publishing = System.nanoTime();
        publish(kafka, events);
        System.out.printf("published to Kafka in %.1f s%n", (System.nanoTime() - publishing) / 1e9);
        events = null; // the rebuilds read them from Kafka; the heap is theirs

        KafkaProperties properties = new KafkaProperties();
        properties.setBootstrapServers(List.of(kafka));
        // The in-memory stand-in first, shut down before the next run so its documents leave the heap.
        MongoServer memory = new MongoServer(new MemoryBackend());
        double memoryRate;
        try {
            InetSocketAddress address = memory.bind();
            memoryRate = rebuild("a stand-in holding its data in memory", "mongodb://127.0.0.1:" + address.getPort(), properties, alone);
        } finally {
            memory.shutdownNow();
        }
        // -Dbench.disk=false leaves out the rebuild into make run's stand-in, e.g. to profile the rest.
        double durable = Boolean.parseBoolean(System.getProperty("bench.disk", "true"))
                ? rebuild("the stand-in make run uses (H2 store on disk)", TestStack.get().mongoUri(), properties, alone) : Double.NaN;
        System.out.printf("%nevents/s: handlers alone %,.0f; rebuild into the in-memory stand-in %,.0f (%.1f %% of the handlers); "
                + "into make run's stand-in %,.0f (%.1f %% of the in-memory one)%n", generated / handlersSeconds, memoryRate,
                100 * memoryRate / (generated / handlersSeconds), durable, 100 * durable / memoryRate);
        System.exit(0);
    }

    /** One rebuild from Kafka offset 0 into a fresh database of {@code mongoUri}, timed; its events/s. */
    private static double rebuild(String store, String mongoUri, KafkaProperties kafka, Replay alone) throws InterruptedException {
        System.out.printf("%nrebuild into %s:%n", store);
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoDatabase database = client.getDatabase(TestStack.uniqueName("replay-bench"));
            FactGeneration generation = FactGeneration.rebuild(database, "replay-bench", new FactChanges());
            ProjectionReplays replays = ProjectionReplays.of(kafka, new SimpleMeterRegistry(), database);
            try (ReplayConsumer replay = replays.replay(generation.projection(), TestStack.uniqueName("replay-bench")).start()) {
                ReplayConsumer.Progress progress = replay.progress();
                long last = 0;
                while (!progress.caughtUp() && progress.failure() == null) {
                    Thread.sleep(5_000);
                    progress = replay.progress();
                    System.out.printf("  %,d of %,d (%.0f %%), %,.0f events/s over the last 5 s%n", progress.applied(), progress.total(),
                            100 * progress.share(), (progress.applied() - last) / 5.0);
                    last = progress.applied();
                }
                if (progress.failure() != null) {
                    throw new IllegalStateException("the replay failed: " + progress.failure());
                }
                double seconds = java.time.Duration.between(progress.startedAt(), progress.caughtUpAt()).toMillis() / 1000.0;
                double rate = progress.replayed() / seconds;
                System.out.printf("  %,d events in %.1f s: %,.0f events/s%n", progress.replayed(), seconds, rate);
                FigureRules rules = FigureRules.shipped(3);
                LocalDate today = LocalDate.of(2018, 1, 1);
                long snapshot = 0;
                for (org.bson.Document chunk : database.getCollection("indicator_facts_snapshot").find().batchSize(4)) {
                    snapshot += chunk.getList("facts", org.bson.Document.class).size();
                }
                System.out.printf("  %,d facts stored (%,d in the snapshot); the rebuilt views differ from the handlers' alone in %d fields%n",
                        snapshot + database.getCollection("indicator_facts").countDocuments(), snapshot, ViewDifferences.between(
                                EveryView.of(rules.over(alone.knowledge()), rules, today),
                                EveryView.of(rules.over(generation.knowledge()), rules, today), JSON).size());
                return rate;
            }
        }
    }

    /** A plan's worth of reporting, scaled to {@code wanted}: monthly reports dominate, as they do in the plan. */
    private static List<Event> generate(int wanted) {
        List<Event> events = new ArrayList<>();
        Map<String, Long> sequences = new HashMap<>();
        BiConsumer<String, Object[]> add = (topic, idAndPayload) -> {
            String id = (String) idAndPayload[0];
            events.add(new Event(topic, id, sequences.merge(id, 1L, Long::sum) - 1, idAndPayload[1]));
        };
        for (String indicator : List.of("industrial-investment", "retrofit-investment", "above-scale-industrial-value-added")) {
            for (TargetPeriod period : List.of(TargetPeriod.year(2015), TargetPeriod.year(2016), TargetPeriod.year(2017))) {
                add.accept(Topics.PLAN_TARGETS, new Object[] {indicator, new CityTargetSet(IndicatorCode.of(indicator), period,
                        new BigDecimal("165"), "亿元", TargetComparator.AT_LEAST, Provenance.PLAN, "plan", null)});
                List<CountyValue> split = new ArrayList<>();
                for (County county : COUNTIES) {
                    split.add(new CountyValue(county, new BigDecimal("20.625")));
                }
                add.accept(Topics.PLAN_TARGETS, new Object[] {indicator, new CountyAllocationIssued(IndicatorCode.of(indicator), period, split,
                        "亿元", Provenance.SAMPLE, LocalDate.of(period.firstYear(), 3, 1), false, 1, null, null, new BigDecimal("165"), null)});
            }
        }
        List<Park> parks = List.copyOf(Parks.shipped().all());
        for (int year = 2015; year <= 2017; year++) {
            for (int month = 1; month <= 12; month++) {
                ReportingPeriod period = ReportingPeriod.of(year, month);
                for (County county : COUNTIES) {
                    String id = county.code() + "/" + period;
                    add.accept(Topics.INDUSTRY_STATISTICS, new Object[] {id, new StatisticalReturnSubmitted(id, county, period,
                            new StatisticalFigures(new BigDecimal("30000"), new BigDecimal("2500"), new BigDecimal("500"), new BigDecimal("60000"),
                                    300, 40, 20, 12, 2, 1, 0, 5), period.dueDate(), false)});
                }
                for (Park park : parks) {
                    String id = park.id() + "/" + period;
                    add.accept(Topics.PARK_METRICS, new Object[] {id, new ParkFiguresSubmitted(id, park.id(), park.hostCounty(), period,
                            new ParkFigures(new BigDecimal("8000"), new BigDecimal("12000"), new BigDecimal("9000")), period.dueDate(), false)});
                }
            }
        }
        for (int n = 0; events.size() < wanted; n++) {
            County county = COUNTIES[n % COUNTIES.length];
            EnterpriseCode enterprise = EnterpriseCode.of(String.format("914418%012d", n));
            if (n % 10 == 9) {
                String retrofit = "retrofit-" + n;
                for (int m = 0; m < 36 && events.size() < wanted; m++) {
                    ReportingPeriod period = ReportingPeriod.of(2015 + m / 12, m % 12 + 1);
                    add.accept(Topics.TECHNICAL_RETROFIT, new Object[] {retrofit, new RetrofitInvestmentReported(retrofit, county, enterprise,
                            period, BigDecimal.valueOf(50 + n % 100), period.dueDate(), false)});
                }
                add.accept(Topics.ENERGY_AUDITS, new Object[] {"audit-" + n, new CleanProductionAuditAccepted("audit-" + n, county, enterprise,
                        AuditIndustry.CHEMICALS, LocalDate.of(2016, 1 + n % 12, 1))});
                add.accept(Topics.ENERGY_AUDITS, new Object[] {enterprise.value(), new EnterpriseMonitoringConnected(enterprise, "enterprise " + n,
                        county, LocalDate.of(2016, 1 + n % 12, 2))});
                continue;
            }
            String project = "project-" + n;
            add.accept(Topics.INDUSTRIAL_PROJECTS, new Object[] {project, new ProjectRegistered(project, "enterprise " + n, county, null,
                    "manufacturing", BigDecimal.valueOf(10_000 + n % 5_000), n % 3 == 0, n % 7 == 0)});
            for (int m = 0; m < 36 && events.size() < wanted; m++) {
                ReportingPeriod period = ReportingPeriod.of(2015 + m / 12, m % 12 + 1);
                BigDecimal amount = BigDecimal.valueOf(100 + (n + m) % 900);
                add.accept(Topics.INDUSTRIAL_PROJECTS, new Object[] {project, new ProjectInvestmentReported(project, county, period, amount,
                        period.dueDate(), false)});
                if (m % 12 == 5) {
                    add.accept(Topics.INDUSTRIAL_PROJECTS, new Object[] {project, new ProjectInvestmentCorrected(project, county, period,
                            amount.subtract(BigDecimal.TEN), amount, sequences.get(project) - 1, "invoice counted twice")});
                }
            }
        }
        return events;
    }

    /** Sends every event as its service would publish it, each topic chained as its service's store chains it. */
    private static void publish(String kafka, List<Event> events) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        Map<String, Long> positions = new HashMap<>();
        Map<String, String> links = new HashMap<>();
        String metadataDigest = ChainDigest.sha256(METADATA);
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(config, new StringSerializer(), new CloudEventSerializer())) {
            for (Event event : events) {
                byte[] data = JSON.writeValueAsBytes(event.payload());
                long position = positions.merge(event.topic(), 1L, Long::sum);
                String previous = links.getOrDefault(event.topic(), ChainDigest.ORIGIN);
                String eventId = UUID.randomUUID().toString();
                String header = ChainDigest.sha256((position + "\n" + eventId).getBytes(StandardCharsets.UTF_8));
                String link = ChainDigest.link(previous, header, ChainDigest.sha256(data), metadataDigest);
                links.put(event.topic(), link);
                CloudEvent cloudEvent = CloudEventBuilder.v1().withId(eventId).withSource(EventTopic.of(event.topic()).orElseThrow().source())
                        .withType(EventType.of(event.payload().getClass()).cloudEventType()).withSubject(event.aggregateId())
                        .withTime(OffsetDateTime.of(2016, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)).withData("application/json", data)
                        .withExtension(CloudEventExtensions.AGGREGATE_SEQUENCE, event.sequence())
                        .withExtension(CloudEventExtensions.CHAIN_POSITION, position).withExtension(CloudEventExtensions.CHAIN_LINK, link)
                        .withExtension(CloudEventExtensions.CHAIN_PREVIOUS, previous).withExtension(CloudEventExtensions.CHAIN_HEADER_DIGEST, header)
                        .withExtension(CloudEventExtensions.CHAIN_METADATA_DIGEST, metadataDigest).build();
                producer.send(new ProducerRecord<>(event.topic(), event.aggregateId(), cloudEvent));
            }
            producer.flush();
        }
    }

    private static EventEnvelope envelope(Event event) {
        return new EventEnvelope("e", EventType.of(event.payload().getClass()), null, event.aggregateId(), event.sequence(),
                OffsetDateTime.of(2016, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), null, null, null, null, null, null, -1, -1);
    }

    private static Map<String, Long> census(List<Event> events) {
        Map<String, Long> byType = new java.util.TreeMap<>();
        events.forEach(event -> byType.merge(event.payload().getClass().getSimpleName(), 1L, Long::sum));
        return byType;
    }

    private ReplayBenchmark() {
    }

}
