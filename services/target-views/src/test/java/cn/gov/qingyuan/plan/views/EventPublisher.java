package cn.gov.qingyuan.plan.views;

import cn.gov.qingyuan.plan.contracts.CloudEventExtensions;
import cn.gov.qingyuan.plan.contracts.EventTopic;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes events to the test stack's Kafka as the command services do: CloudEvents in binary mode, keyed and
 * subjected by aggregate id, from the topic's one source ({@link EventTopic}), with the aggregate sequence, submitter and
 * correlation id as extensions. The projections take an aggregate's sequences in order from 0 (a record beyond the next
 * one is held back), so a test publishes an aggregate's events as its service would: 0, 1, 2 ...
 */
public final class EventPublisher implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new CloudEventSerializer());

    /** The record of {@code event} as its producer would publish it. */
    public static ProducerRecord<String, CloudEvent> record(String topic, String aggregateId, long sequence, Object event) {
        return record(topic, aggregateId, sequence, event, (String) null);
    }

    public static ProducerRecord<String, CloudEvent> record(String topic, String aggregateId, long sequence, Object event,
                                                            String correlationId) {
        return record(topic, aggregateId, sequence, event, new Submitted(OffsetDateTime.now(), "test", null, null, correlationId));
    }

    /** Who submitted an event and when its store recorded it, as the command services write them. */
    public record Submitted(OffsetDateTime recordedAt, String subject, String role, String unit, String correlationId) {
    }

    public static ProducerRecord<String, CloudEvent> record(String topic, String aggregateId, long sequence, Object event, Submitted by) {
        try {
            CloudEventBuilder builder = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                    .withSource(EventTopic.of(topic).orElseThrow().source()).withType(EventType.of(event.getClass()).cloudEventType())
                    .withSubject(aggregateId).withTime(by.recordedAt()).withExtension(CloudEventExtensions.AGGREGATE_SEQUENCE, sequence)
                    .withExtension(CloudEventExtensions.SUBMITTED_BY, by.subject()).withData("application/json", JSON.writeValueAsBytes(event));
            extension(builder, CloudEventExtensions.CORRELATION_ID, by.correlationId());
            extension(builder, CloudEventExtensions.SUBMITTER_ROLE, by.role());
            extension(builder, CloudEventExtensions.ORGANISATION, by.unit());
            if (by.role() != null) {
                builder.withExtension(CloudEventExtensions.SUBMITTED_AT, by.recordedAt().toInstant().toString());
            }
            return new ProducerRecord<>(topic, aggregateId, builder.build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void extension(CloudEventBuilder builder, String name, String value) {
        if (value != null) {
            builder.withExtension(name, value);
        }
    }

    public void publish(String topic, String aggregateId, long sequence, Object event) {
        send(record(topic, aggregateId, sequence, event));
    }

    /** Sends the record's event; sending the same record again is a redelivery (same event id and sequence). */
    public void send(ProducerRecord<String, CloudEvent> record) {
        try {
            // A record's headers are closed once sent, so every send is a new record carrying the same event.
            producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
