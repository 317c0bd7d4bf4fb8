package cn.gov.qingyuan.plan.projection;

import cn.gov.qingyuan.plan.contracts.CloudEventExtensions;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectRegistered;
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the live consumers accept, through the embedded Kafka: a record from a source that does not publish on its topic,
 * of a type that is not one of its topic's, or whose aggregate sequence skips ahead is not applied. It goes to the dead
 * letters with its reason and is counted; the figure stays as it was, and the genuine record after it is applied. A
 * redelivery is still let through (and skipped by the handler), and the sequences taken outlive the consumers.
 */
class RecordAcceptanceTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final URI PROJECTS = URI.create("/services/industrial-projects");
    private static final URI RETROFIT = URI.create("/services/technical-retrofit");
    private static final ReportingPeriod MARCH = ReportingPeriod.of(2016, 3);

    private static MongoClient client;
    private static MongoDatabase database;
    private static MongoCollection<Document> figures;
    private static KafkaProducer<String, CloudEvent> producer;
    private static final MeterRegistry meters = new SimpleMeterRegistry();
    private static final String group = TestStack.uniqueName("acceptance");
    private static ProjectionConsumers consumers;

    @BeforeAll
    static void start() {
        client = MongoClients.create(TestStack.get().mongoUri());
        database = client.getDatabase(TestStack.uniqueName("acceptance"));
        figures = database.getCollection("investment");
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new CloudEventSerializer());
        consumers = consumers();
        consumers.start();
    }

    @AfterAll
    static void stop() {
        consumers.stop();
        producer.close();
        client.close();
    }

    @Test
    void aRecordFromASourceThatDoesNotPublishOnTheTopicIsSetAside() {
        String project = registered();
        CloudEvent forged = send(Topics.INDUSTRIAL_PROJECTS, project, 1, reported(project, "999"), e -> e.withSource(URI.create("/services/forged")));
        send(Topics.INDUSTRIAL_PROJECTS, project, 1, reported(project, "200"), UnaryOperator.identity());

        awaitAmount(project, "200");
        assertThat(reason(forged)).contains("source '/services/forged' does not publish on topic plan.industrial-projects.events");
        assertThat(refused("source", Topics.INDUSTRIAL_PROJECTS)).isEqualTo(1);
    }

    @Test
    void aRecordWhoseTypeIsNotAnEventOfItsTopicIsSetAside() {
        String project = registered();
        CloudEvent unknown = send(Topics.INDUSTRIAL_PROJECTS, project, 1, reported(project, "999"),
                e -> e.withType("cn.gov.qingyuan.plan.industrialprojects.ProjectDemolished.v1"));
        // A type the projection reads, on a topic that does not carry it, from that topic's own source.
        CloudEvent misplaced = send(Topics.TECHNICAL_RETROFIT, project, 1, reported(project, "999"), e -> e.withSource(RETROFIT));
        send(Topics.INDUSTRIAL_PROJECTS, project, 1, reported(project, "200"), UnaryOperator.identity());

        awaitAmount(project, "200");
        assertThat(reason(unknown)).contains("type 'cn.gov.qingyuan.plan.industrialprojects.ProjectDemolished.v1' is not an event of topic "
                + Topics.INDUSTRIAL_PROJECTS);
        assertThat(reason(misplaced)).contains("type '" + EventType.of(ProjectInvestmentReported.class).cloudEventType()
                + "' is not an event of topic " + Topics.TECHNICAL_RETROFIT);
        assertThat(refused("type", Topics.TECHNICAL_RETROFIT)).isEqualTo(1);
        assertThat(amount(project)).as("the misplaced record changed nothing, whenever it was read").isEqualByComparingTo("200");
    }

    @Test
    void aRecordBeyondItsAggregatesNextSequenceIsHeldBackAndTheNextOneIsApplied() {
        String project = registered();
        CloudEvent ahead = send(Topics.INDUSTRIAL_PROJECTS, project, 1_000_000, reported(project, "999"), UnaryOperator.identity());
        send(Topics.INDUSTRIAL_PROJECTS, project, 1, reported(project, "200"), UnaryOperator.identity());

        awaitAmount(project, "200");
        assertThat(reason(ahead)).contains("sequence 1000000 of aggregate " + project + " follows 0: events 1..999999 are missing");
        assertThat(refused("sequence-gap", Topics.INDUSTRIAL_PROJECTS)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anAggregatesFirstRecordMustBeItsSequenceZero() {
        String project = "p-" + UUID.randomUUID();
        CloudEvent first = send(Topics.INDUSTRIAL_PROJECTS, project, 3, reported(project, "999"), UnaryOperator.identity());
        send(Topics.INDUSTRIAL_PROJECTS, project, 0, registration(project), UnaryOperator.identity());
        send(Topics.INDUSTRIAL_PROJECTS, project, 1, reported(project, "200"), UnaryOperator.identity());

        awaitAmount(project, "200");
        assertThat(reason(first)).contains("sequence 3 of aggregate " + project + " is its first: events 0..2 are missing");
    }

    @Test
    void aRecordWhoseSequenceIsNoNumberIsSetAsideRatherThanRetriedForever() {
        String project = registered();
        CloudEvent garbled = send(Topics.INDUSTRIAL_PROJECTS, project, 1, reported(project, "999"),
                e -> e.withExtension(CloudEventExtensions.AGGREGATE_SEQUENCE, "one"));
        send(Topics.INDUSTRIAL_PROJECTS, project, 1, reported(project, "200"), UnaryOperator.identity());

        awaitAmount(project, "200");
        assertThat(reason(garbled)).contains("aggregatesequence 'one' is not a position in its aggregate's history");
    }

    @Test
    void aRedeliveryIsLetThroughAndChangesNothing() {
        String project = registered();
        send(Topics.INDUSTRIAL_PROJECTS, project, 1, reported(project, "200"), UnaryOperator.identity());
        awaitAmount(project, "200");
        CloudEvent again = send(Topics.INDUSTRIAL_PROJECTS, project, 0, registration(project), UnaryOperator.identity());
        send(Topics.INDUSTRIAL_PROJECTS, project, 2, reported(project, "300"), UnaryOperator.identity());

        awaitAmount(project, "300");
        assertThat(database.getCollection(RejectedEvents.COLLECTION).find(Filters.eq("eventId", again.getId())).first()).isNull();
    }

    @Test
    void theSequencesTakenOutliveTheConsumers() {
        String project = registered();
        send(Topics.INDUSTRIAL_PROJECTS, project, 1, reported(project, "200"), UnaryOperator.identity());
        awaitAmount(project, "200");
        await().atMost(Duration.ofSeconds(30)).until(() -> database.getCollection(AggregateSequences.COLLECTION)
                .find(Filters.eq("_id", group + ".investment|" + project)).first() != null);

        consumers.stop();
        consumers = consumers();
        consumers.start();
        CloudEvent next = send(Topics.INDUSTRIAL_PROJECTS, project, 2, reported(project, "300"), UnaryOperator.identity());

        awaitAmount(project, "300");
        assertThat(database.getCollection(RejectedEvents.COLLECTION).find(Filters.eq("eventId", next.getId())).first()).isNull();
    }

    private static ProjectionConsumers consumers() {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(TestStack.get().kafkaBootstrapServers()));
        return new ProjectionConsumers(List.of(new InvestmentProjection()), kafka, new ProjectionProperties(TestStack.get().mongoUri(),
                database.getName(), group, 1), ProjectionAutoConfiguration.eventReader(), meters, database);
    }

    /** The amount each project reported for March 2016, the newest by aggregate sequence. */
    static final class InvestmentProjection implements Projection {

        @Override
        public String name() {
            return "investment";
        }

        @Override
        public List<String> topics() {
            return List.of(Topics.INDUSTRIAL_PROJECTS, Topics.TECHNICAL_RETROFIT);
        }

        @Override
        public EventHandlers handlers() {
            return new EventHandlers()
                    .on(ProjectRegistered.class, (e, env) -> ReadModels.setIfNewer(figures, e.projectId(), env.aggregateSequence(),
                            set("enterprise", e.enterprise())))
                    .on(ProjectInvestmentReported.class, (e, env) -> ReadModels.setIfNewer(figures, e.projectId(), env.aggregateSequence(),
                            set("amount", e.amountWanYuan().toPlainString())));
        }
    }

    /** A project registered (sequence 0) and in the figures. */
    private static String registered() {
        String project = "p-" + UUID.randomUUID();
        send(Topics.INDUSTRIAL_PROJECTS, project, 0, registration(project), UnaryOperator.identity());
        await().atMost(Duration.ofSeconds(60)).until(() -> figures.find(Filters.eq("_id", project)).first() != null);
        return project;
    }

    private static ProjectRegistered registration(String project) {
        return new ProjectRegistered(project, "Yingde Cement", County.YINGDE, null, "building materials", new BigDecimal("5000"), false, false);
    }

    private static ProjectInvestmentReported reported(String project, String amount) {
        return new ProjectInvestmentReported(project, County.YINGDE, MARCH, new BigDecimal(amount), LocalDate.of(2016, 4, 5), false);
    }

    /** Sends the event as industrial-projects publishes it, changed by {@code forge}; returns what was sent. */
    private static CloudEvent send(String topic, String project, long sequence, Object event, UnaryOperator<CloudEventBuilder> forge) {
        try {
            CloudEventBuilder builder = CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(PROJECTS)
                    .withType(EventType.of(event.getClass()).cloudEventType()).withSubject(project).withTime(OffsetDateTime.now())
                    .withExtension(CloudEventExtensions.AGGREGATE_SEQUENCE, sequence)
                    .withData("application/json", JSON.writeValueAsBytes(event));
            CloudEvent record = forge.apply(builder).build();
            producer.send(new ProducerRecord<>(topic, project, record)).get();
            return record;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitAmount(String project, String amount) {
        await().atMost(Duration.ofSeconds(60)).until(() -> amount(project) != null && amount(project).compareTo(new BigDecimal(amount)) == 0);
    }

    private static BigDecimal amount(String project) {
        Document figure = figures.find(Filters.eq("_id", project)).first();
        return figure == null || figure.getString("amount") == null ? null : new BigDecimal(figure.getString("amount"));
    }

    /** The dead letter's reason for {@code event}, once it is there. */
    private static String reason(CloudEvent event) {
        MongoCollection<Document> rejected = database.getCollection(RejectedEvents.COLLECTION);
        await().atMost(Duration.ofSeconds(60)).until(() -> rejected.find(Filters.eq("eventId", event.getId())).first() != null);
        return rejected.find(Filters.eq("eventId", event.getId())).first().getString("reason");
    }

    private static double refused(String reason, String topic) {
        return meters.counter("plan.projection.refused", "projection", "investment", "topic", topic, "reason", reason,
                "type", EventType.of(ProjectInvestmentReported.class).name()).count()
                + meters.counter("plan.projection.refused", "projection", "investment", "topic", topic, "reason", reason,
                "type", "unknown").count();
    }
}
