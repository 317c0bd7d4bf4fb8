package cn.gov.qingyuan.plan.views.stores;

import cn.gov.qingyuan.plan.contracts.ChainLink;
import cn.gov.qingyuan.plan.contracts.ChainedEvent;
import cn.gov.qingyuan.plan.contracts.EventCatalogue;
import cn.gov.qingyuan.plan.contracts.EventMetadata;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.projection.EventEnvelope;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A command service's events as its store holds them ({@link ChainedEvent}), read as the live consumer reads their
 * Kafka records: the typed payload, and the envelope from the stored columns and metadata, recorded at the store's
 * timestamp to the microsecond as the journal keeps it. And the walk of their chain, link by link.
 */
public final class StoredEvents {

    private static final Map<String, Class<?>> CONTRACTS = EventCatalogue.all().stream()
            .collect(Collectors.toMap(Class::getName, Function.identity()));
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<Map<String, Object>> METADATA = new TypeReference<>() {
    };

    /** An event ready for a projection's handlers. */
    public record Decoded(Object payload, EventEnvelope envelope) {
    }

    private StoredEvents() {
    }

    /** When the store recorded the event, to the microsecond (the journal's grain). */
    public static Instant recordedAt(ChainedEvent event) {
        return Instant.parse(event.timestamp()).truncatedTo(ChronoUnit.MICROS);
    }

    /** The event as its handlers take it; empty when its payload type is not an event of the plan. */
    public static Optional<Decoded> decode(ChainedEvent event) throws IOException {
        Class<?> contract = CONTRACTS.get(event.payloadType());
        if (contract == null) {
            return Optional.empty();
        }
        Object payload = JSON.readValue(event.stored().payload(), contract);
        byte[] stored = event.stored().metadata();
        Map<String, Object> metadata = stored == null || stored.length == 0 ? Map.of() : JSON.readValue(stored, METADATA);
        return Optional.of(new Decoded(payload, new EventEnvelope(event.eventId(), EventType.of(contract), null, event.aggregateId(),
                event.sequence(), recordedAt(event).atOffset(ZoneOffset.UTC), text(metadata, EventMetadata.SUBMITTED_BY),
                text(metadata, EventMetadata.ORGANISATION), text(metadata, EventMetadata.ROLE), text(metadata, EventMetadata.SUBMITTED_AT),
                text(metadata, EventMetadata.CORRELATION_ID), null, -1, -1)));
    }

    private static String text(Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }

    /** Checks a service's events in chain order, one after the other, from its first link. */
    public static final class ChainWalk {

        private long position;
        private String previous = ChainLink.ORIGIN;

        /** @return what is wrong with {@code event} as the next link, or null when it follows */
        public String next(ChainedEvent event) {
            long expected = ++position;
            String before = previous;
            previous = event.link();
            if (event.position() != expected) {
                return "line " + expected + ": it holds position " + event.position() + " (an event was removed, added or moved)";
            }
            if (!event.recomputed(before).link().equals(event.link())) {
                return "position " + expected + " (event " + event.eventId() + ", aggregate " + event.aggregateId()
                        + "): its columns and the link before it do not give its link";
            }
            return null;
        }

        public long position() {
            return position;
        }

        public String link() {
            return previous;
        }
    }
}
