package cn.gov.qingyuan.plan.projection;

import cn.gov.qingyuan.plan.contracts.CloudEventExtensions;
import cn.gov.qingyuan.plan.contracts.EventType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads one CloudEvents record and hands its typed payload and envelope to the projection's handler, once the record
 * has shown it belongs on its topic ({@link TopicCheck}), its chain link verifies ({@link ChainLinkCheck}) and its
 * aggregate sequence follows the ones taken ({@link AggregateSequences}). A record refused by any of them is not applied:
 * it goes to the dead letters with the reason and is counted.
 */
class EventDispatcher {

    private final Projection projection;
    private final EventHandlers handlers;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final AggregateSequences sequences;

    EventDispatcher(Projection projection, ObjectMapper json, MeterRegistry meters, AggregateSequences sequences) {
        this.projection = projection;
        this.handlers = projection.handlers();
        this.json = json;
        this.meters = meters;
        this.sequences = sequences;
    }

    void dispatch(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent event = record.value();
        if (event == null) {
            throw new UnreadableEvent("Record at " + record.topic() + "/" + record.partition() + "@" + record.offset() + " is not a CloudEvent");
        }
        Refusal misplaced = TopicCheck.problem(record);
        if (misplaced != null) {
            throw refused(record, "refused", misplaced);
        }
        EventType type = TopicCheck.type(event);
        String unverified = ChainLinkCheck.problem(event);
        if (unverified != null) {
            throw refused(record, "unverified", new Refusal("chain-link", unverified));
        }
        String aggregate = event.getSubject();
        long sequence = TopicCheck.sequence(event);
        String gap = sequences.gap(aggregate, sequence);
        if (gap != null) {
            throw refused(record, "refused", new Refusal("sequence-gap", gap));
        }
        Optional<EventHandlers.Handler<?>> handler = handlers.handlerFor(type);
        if (handler.isEmpty()) {
            sequences.taken(aggregate, sequence);
            count("ignored", type.name());
            return;
        }
        EventEnvelope envelope = envelope(record, event, type, sequence);
        Timer.Sample sample = Timer.start(meters);
        apply(handler.get(), event, envelope);
        sample.stop(meters.timer("plan.projection.apply", "projection", projection.name(), "type", type.name()));
        sequences.taken(aggregate, sequence);
        count("applied", type.name());
    }

    /** Writes the aggregate sequences taken since the last call; before offsets are committed. */
    void flush() {
        sequences.write();
    }

    /** An event a replay's prelude applied without a record: its sequence is taken as if it had come from the topic. */
    void taken(String aggregate, long sequence) {
        sequences.taken(aggregate, sequence);
    }

    private <T> void apply(EventHandlers.Handler<T> handler, CloudEvent event, EventEnvelope envelope) {
        T payload;
        try {
            payload = json.readValue(event.getData() == null ? new byte[0] : event.getData().toBytes(), handler.contract());
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableEvent("Event " + event.getId() + " is not a valid " + envelope.type().cloudEventType(), e);
        }
        handler.action().accept(payload, envelope);
    }

    private UnreadableEvent refused(ConsumerRecord<String, CloudEvent> record, String outcome, Refusal refusal) {
        String type = TopicCheck.typeTag(record);
        count(outcome, type);
        meters.counter("plan.projection.refused", "projection", projection.name(), "topic", record.topic(), "reason", refusal.reason(),
                "type", type).increment();
        return new UnreadableEvent("Event " + record.value().getId() + " is not applied: " + refusal.message());
    }

    private static EventEnvelope envelope(ConsumerRecord<String, CloudEvent> record, CloudEvent event, EventType type, long sequence) {
        return new EventEnvelope(event.getId(), type, String.valueOf(event.getSource()), event.getSubject(), sequence, event.getTime(),
                text(event, CloudEventExtensions.SUBMITTED_BY), text(event, CloudEventExtensions.ORGANISATION),
                text(event, CloudEventExtensions.SUBMITTER_ROLE), text(event, CloudEventExtensions.SUBMITTED_AT),
                text(event, CloudEventExtensions.CORRELATION_ID),
                record.topic(), record.partition(), record.offset());
    }

    private static String text(CloudEvent event, String extension) {
        Object value = event.getExtension(extension);
        return value == null ? null : value.toString();
    }

    private void count(String outcome, String type) {
        meters.counter("plan.projection.events", "projection", projection.name(), "outcome", outcome, "type", type).increment();
    }
}
