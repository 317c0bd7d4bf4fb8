package cn.gov.qingyuan.plan.projection;

import cn.gov.qingyuan.plan.contracts.EventType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The typed handlers of a projection, looked up by the CloudEvents type of each record. */
public final class EventHandlers {

    record Handler<T>(Class<T> contract, BiConsumer<T, EventEnvelope> action) {
    }

    private final Map<String, Handler<?>> byName = new LinkedHashMap<>();

    public <T> EventHandlers on(Class<T> contract, BiConsumer<T, EventEnvelope> action) {
        EventType type = EventType.of(contract);
        if (byName.putIfAbsent(type.name(), new Handler<>(contract, action)) != null) {
            throw new IllegalArgumentException("Two handlers for " + type.name());
        }
        return this;
    }

    /**
     * The handler for a type name, or empty when the projection does not care about it. The schema version
     * must be one this build knows: an older one is a producer that has not been upcast, a newer one a
     * consumer that must be upgraded; both are refused rather than misread.
     */
    Optional<Handler<?>> handlerFor(EventType type) {
        Handler<?> handler = byName.get(type.name());
        if (handler == null) {
            return Optional.empty();
        }
        EventType known = EventType.of(handler.contract());
        if (known.version() != type.version()) {
            throw new UnreadableEvent("Cannot read " + type.cloudEventType() + ": this consumer reads " + known.cloudEventType());
        }
        return Optional.of(handler);
    }

    /**
     * Hands an event already read (a replay from a journal rather than a Kafka record) to its handler.
     *
     * @return false when the projection does not handle this event's type
     */
    public boolean handle(Object event, EventEnvelope envelope) {
        Handler<?> handler = byName.get(EventType.of(event.getClass()).name());
        if (handler == null) {
            return false;
        }
        apply(handler, event, envelope);
        return true;
    }

    private static <T> void apply(Handler<T> handler, Object event, EventEnvelope envelope) {
        handler.action().accept(handler.contract().cast(event), envelope);
    }

    Map<String, Handler<?>> all() {
        return Collections.unmodifiableMap(byName);
    }
}
