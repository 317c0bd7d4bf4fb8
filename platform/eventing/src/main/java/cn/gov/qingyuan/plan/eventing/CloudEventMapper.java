package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.CloudEventExtensions;
import cn.gov.qingyuan.plan.contracts.EventMetadata;
import cn.gov.qingyuan.plan.contracts.EventType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.net.URI;
import java.util.Optional;
import java.time.ZoneOffset;

/**
 * Puts a stored event into its Kafka envelope: CloudEvents 1.0, binary mode. The id is the event's id in
 * the store (consumers deduplicate on it), the key and subject the aggregate id, the value the event's JSON,
 * and the submission metadata travels as extension attributes ({@link CloudEventExtensions}).
 */
class CloudEventMapper {

    private final String topic;
    private final URI source;
    private final ObjectMapper json;

    CloudEventMapper(String topic, URI source, ObjectMapper json) {
        this.topic = topic;
        this.source = source;
        this.json = json;
    }

    /** @param link the event's link in the chain, when it has one */
    ProducerRecord<String, CloudEvent> toRecord(EventMessage<?> event, Optional<ChainLinks.Published> link) {
        EventType type = EventType.of(event.getPayloadType());
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.getIdentifier())
                .withSource(source)
                .withType(type.cloudEventType())
                .withTime(event.getTimestamp().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(serialize(event.getPayload()))
                .withExtension(CloudEventExtensions.SCHEMA_VERSION, type.version());
        String key = null;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            key = domainEvent.getAggregateIdentifier();
            builder.withSubject(key).withExtension(CloudEventExtensions.AGGREGATE_SEQUENCE, domainEvent.getSequenceNumber());
        }
        link.ifPresent(chained -> builder.withExtension(CloudEventExtensions.CHAIN_POSITION, chained.position())
                .withExtension(CloudEventExtensions.CHAIN_LINK, chained.link())
                .withExtension(CloudEventExtensions.CHAIN_PREVIOUS, chained.previous())
                .withExtension(CloudEventExtensions.CHAIN_HEADER_DIGEST, chained.headerDigest())
                .withExtension(CloudEventExtensions.CHAIN_METADATA_DIGEST, chained.metadataDigest()));
        copy(event, EventMetadata.CORRELATION_ID, CloudEventExtensions.CORRELATION_ID, builder);
        copy(event, EventMetadata.CLIENT_REFERENCE, CloudEventExtensions.CLIENT_REFERENCE, builder);
        copy(event, EventMetadata.SUBMITTED_BY, CloudEventExtensions.SUBMITTED_BY, builder);
        copy(event, EventMetadata.ORGANISATION, CloudEventExtensions.ORGANISATION, builder);
        copy(event, EventMetadata.ROLE, CloudEventExtensions.SUBMITTER_ROLE, builder);
        copy(event, EventMetadata.SUBMITTED_AT, CloudEventExtensions.SUBMITTED_AT, builder);
        return new ProducerRecord<>(topic, key, builder.build());
    }

    private static void copy(EventMessage<?> event, String metadataKey, String extension, CloudEventBuilder builder) {
        Object value = event.getMetaData().get(metadataKey);
        if (value != null) {
            builder.withExtension(extension, value.toString());
        }
    }

    private byte[] serialize(Object payload) {
        try {
            return json.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + payload.getClass().getName() + " as JSON", e);
        }
    }
}
