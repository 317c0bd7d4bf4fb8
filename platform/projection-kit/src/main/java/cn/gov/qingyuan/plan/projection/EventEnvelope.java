package cn.gov.qingyuan.plan.projection;

import cn.gov.qingyuan.plan.contracts.EventType;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What a consumer knows about an event besides its payload, read from the CloudEvents headers.
 *
 * @param id                the event's id in its producer's store; the same on every redelivery
 * @param aggregateId       the record key and {@code ce_subject}
 * @param aggregateSequence the event's position in its aggregate's history, -1 if not given
 * @param time              when the producer's store recorded the event ({@code ce_time})
 * @param submitterRole     the submitter's role, null if not given
 * @param submittedAt       when the request that caused it came in, as the producer wrote it; null if not given
 */
public record EventEnvelope(String id, EventType type, String source, String aggregateId, long aggregateSequence,
                            OffsetDateTime time, String submittedBy, String organisation, String submitterRole,
                            String submittedAt, String correlationId, String topic, int partition, long offset) {

    /** When the event was recorded, or now for an event that does not say. */
    public Instant recordedAt() {
        return time == null ? Instant.now() : time.toInstant();
    }
}
