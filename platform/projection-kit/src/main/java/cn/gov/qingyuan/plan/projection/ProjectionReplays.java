package cn.gov.qingyuan.plan.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Starts {@link ReplayConsumer}s with the live consumers' connection, dispatch and dead letters, and reads the offsets
 * a live group has committed: what a rebuild of a read model next to the live one needs from Kafka.
 */
public final class ProjectionReplays {

    private final KafkaProperties kafka;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final MongoDatabase database;
    private final RejectedEvents rejected;

    /** @param database where the dead letters and the aggregate sequences of every group are kept */
    ProjectionReplays(KafkaProperties kafka, ObjectMapper json, MeterRegistry meters, MongoDatabase database) {
        this.kafka = kafka;
        this.json = json;
        this.meters = meters;
        this.database = database;
        this.rejected = new RejectedEvents(database);
    }

    /**
     * Replays outside a Spring context (a benchmark's): the live consumers' reading of events, dead letters in
     * {@code database}, and the aggregate sequences taken.
     */
    public static ProjectionReplays of(KafkaProperties kafka, MeterRegistry meters, MongoDatabase database) {
        return new ProjectionReplays(kafka, ProjectionAutoConfiguration.eventReader(), meters, database);
    }

    /** A replay of {@code projection} from the start of its topics, committing to {@code group}; not started yet. */
    public ReplayConsumer replay(Projection projection, String group) {
        return replay(projection, null, group);
    }

    /**
     * A replay of {@code projection} that applies {@code prelude} first and then follows the topics from where they
     * ended when it started, committing to {@code group}; not started yet.
     */
    public ReplayConsumer replay(Projection projection, ReplayConsumer.Prelude prelude, String group) {
        Map<String, Object> config = kafka.buildConsumerProperties(null);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return new ReplayConsumer(projection, prelude, () -> new KafkaConsumer<>(config, new StringDeserializer(),
                new ErrorHandlingDeserializer<CloudEvent>(new CloudEventDeserializer())),
                new EventDispatcher(projection, json, meters, new AggregateSequences(database, group)), rejected);
    }

    /** The offsets {@code group} has committed, per partition (none for a partition it never committed). */
    public Map<TopicPartition, Long> committed(String group) {
        try (Admin admin = Admin.create(kafka.buildAdminProperties(null))) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .forEach((partition, offset) -> {
                        if (offset != null) {
                            offsets.put(partition, offset.offset());
                        }
                    });
            return offsets;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the offsets of consumer group " + group, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading the offsets of consumer group " + group, e);
        }
    }
}
