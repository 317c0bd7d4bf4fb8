package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.contracts.EventType;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.Map;

/** One event of a record's history as an auditor reads it: position, type and schema version, when, by whom (metadata), what. */
record StoredEvent(long sequence, String eventId, String type, int schemaVersion, Instant recordedAt,
                   Map<String, Object> metadata, Object payload) {

    static StoredEvent of(DomainEventMessage<?> event) {
        EventType type = EventType.of(event.getPayloadType());
        return new StoredEvent(event.getSequenceNumber(), event.getIdentifier(), type.name(), type.version(),
                event.getTimestamp(), event.getMetaData(), event.getPayload());
    }
}
