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

    Map<String, Handler<?>> all() {
        return Collections.unmodifiableMap(byName);
    }
}
