package cn.gov.qingyuan.plan.projection;

import cn.gov.qingyuan.plan.contracts.CloudEventExtensions;
import cn.gov.qingyuan.plan.contracts.EventTopic;
import cn.gov.qingyuan.plan.contracts.EventType;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a record is one its topic carries, before anything else is read from it: the one source that publishes there,
 * a type (in a version this build reads) of the topic's event families, a subject that is its key and an aggregate
 * sequence. What may travel on which topic is {@link EventTopic}'s.
 */
final class TopicCheck {

    private TopicCheck() {
    }

    /** @return why the record does not belong on its topic, or null when it does */
    static Refusal problem(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent event = record.value();
        Optional<EventTopic> topic = EventTopic.of(record.topic());
        if (topic.isEmpty()) {
            return new Refusal("topic", "topic " + record.topic() + " is not an event topic of the plan");
        }
        String source = String.valueOf(event.getSource());
        if (!topic.get().source().toString().equals(source)) {
            return new Refusal("source", "source '" + source + "' does not publish on topic " + record.topic()
                    + " (" + topic.get().source() + " does)");
        }
        Refusal type = typeProblem(topic.get(), event.getType());
        if (type != null) {
            return type;
        }
        if (event.getSubject() == null || !Objects.equals(event.getSubject(), record.key())) {
            return new Refusal("subject", "its subject '" + event.getSubject() + "' is not its key '" + record.key()
                    + "': the key places an aggregate's events in order on one partition");
        }
        Object sequence = event.getExtension(CloudEventExtensions.AGGREGATE_SEQUENCE);
        if (sequence == null || !sequence.toString().matches("\\d{1,18}")) {
            return new Refusal("sequence", "its " + CloudEventExtensions.AGGREGATE_SEQUENCE + " '" + sequence
                    + "' is not a position in its aggregate's history (0, 1, 2 ...)");
        }
        return null;
    }

    /** The record's type, known to be one of its topic's once {@link #problem} found none. */
    static EventType type(CloudEvent event) {
        return EventType.fromCloudEventType(event.getType());
    }

    static long sequence(CloudEvent event) {
        return Long.parseLong(event.getExtension(CloudEventExtensions.AGGREGATE_SEQUENCE).toString());
    }

    /** A type name for the metrics: the catalogue's, or {@code unknown}, so a forger cannot mint meters. */
    static String typeTag(ConsumerRecord<String, CloudEvent> record) {
        try {
            EventType type = EventType.fromCloudEventType(record.value().getType());
            return EventTopic.of(record.topic()).flatMap(topic -> topic.type(type.name())).map(EventType::name).orElse("unknown");
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }

    private static Refusal typeProblem(EventTopic topic, String ceType) {
        EventType type;
        try {
            type = EventType.fromCloudEventType(ceType);
        } catch (IllegalArgumentException e) {
            return new Refusal("type", "type '" + ceType + "' is not an event type: " + e.getMessage());
        }
        Optional<EventType> known = topic.type(type.name());
        if (known.isEmpty()) {
            return new Refusal("type", "type '" + ceType + "' is not an event of topic " + topic.topic());
        }
        if (known.get().version() != type.version()) {
            return new Refusal("type", "type '" + ceType + "' is not a version of its event this consumer reads: it reads "
                    + known.get().cloudEventType());
        }
        return null;
    }
}
