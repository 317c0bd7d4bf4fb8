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

/** Reads one CloudEvents record and hands its typed payload and envelope to the projection's handler. */
class EventDispatcher {

    private final Projection projection;
    private final EventHandlers handlers;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    EventDispatcher(Projection projection, ObjectMapper json, MeterRegistry meters) {
        this.projection = projection;
        this.handlers = projection.handlers();
        this.json = json;
        this.meters = meters;
    }

    void dispatch(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent event = record.value();
        if (event == null) {
            throw new UnreadableEvent("Record at " + record.topic() + "/" + record.partition() + "@" + record.offset() + " is not a CloudEvent");
        }
        EventType type = parseType(event.getType());
        Optional<EventHandlers.Handler<?>> handler = handlers.handlerFor(type);
        if (handler.isEmpty()) {
            count("ignored", type);
            return;
        }
        String unverified = ChainLinkCheck.problem(event);
        if (unverified != null) {
            count("unverified", type);
            throw new UnreadableEvent("Event " + event.getId() + " is not applied: " + unverified);
        }
        EventEnvelope envelope = envelope(record, event, type);
        Timer.Sample sample = Timer.start(meters);
        apply(handler.get(), event, envelope);
        sample.stop(meters.timer("plan.projection.apply", "projection", projection.name(), "type", type.name()));
        count("applied", type);
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

    private static EventType parseType(String ceType) {
        try {
            return EventType.fromCloudEventType(ceType);
        } catch (IllegalArgumentException e) {
            throw new UnreadableEvent(e.getMessage(), e);
        }
    }

    private static EventEnvelope envelope(ConsumerRecord<String, CloudEvent> record, CloudEvent event, EventType type) {
        Object sequence = event.getExtension(CloudEventExtensions.AGGREGATE_SEQUENCE);
        return new EventEnvelope(event.getId(), type, String.valueOf(event.getSource()),
                event.getSubject() != null ? event.getSubject() : record.key(),
                sequence == null ? -1 : Long.parseLong(sequence.toString()), event.getTime(),
                text(event, CloudEventExtensions.SUBMITTED_BY), text(event, CloudEventExtensions.ORGANISATION),
                text(event, CloudEventExtensions.SUBMITTER_ROLE), text(event, CloudEventExtensions.SUBMITTED_AT),
                text(event, CloudEventExtensions.CORRELATION_ID),
                record.topic(), record.partition(), record.offset());
    }

    private static String text(CloudEvent event, String extension) {
        Object value = event.getExtension(extension);
        return value == null ? null : value.toString();
    }

    private void count(String outcome, EventType type) {
        meters.counter("plan.projection.events", "projection", projection.name(), "outcome", outcome, "type", type.name()).increment();
    }
}
