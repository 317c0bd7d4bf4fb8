package cn.gov.qingyuan.plan.commands;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;
import java.util.Optional;

/** A record's events read from the event store, and its state folded from them by its kind's one rule. */
final class Records {

    /** The events of one record and the state they give; version is the last event's sequence number. */
    record Loaded<S>(List<? extends DomainEventMessage<?>> events, S state, long version) {
    }

    private final EventStore eventStore;

    Records(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The record's version: the sequence number of the last event stored under its id; empty when it has none. */
    Optional<Long> version(RecordKind<?, ?> kind, String id) {
        return eventStore.lastSequenceNumberFor(kind.storedId(id));
    }

    <E, S> Optional<Loaded<S>> load(RecordKind<E, S> kind, String id) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(kind.storedId(id)).asStream()
                .filter(event -> kind.events().isInstance(event.getPayload())).toList();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        S state = null;
        for (DomainEventMessage<?> event : events) {
            state = kind.next(state, event.getPayload(), event.getSequenceNumber());
        }
        return Optional.of(new Loaded<>(events, state, events.get(events.size() - 1).getSequenceNumber()));
    }
}
