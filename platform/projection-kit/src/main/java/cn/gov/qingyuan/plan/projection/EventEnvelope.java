package cn.gov.qingyuan.plan.projection;

import cn.gov.qingyuan.plan.contracts.EventType;

import java.time.OffsetDateTime;

/**
 * What a consumer knows about an event besides its payload, read from the CloudEvents headers.
 *
 * @param id                the event's id in its producer's store; the same on every redelivery
 * @param aggregateId       the record key and {@code ce_subject}
 * @param aggregateSequence the event's position in its aggregate's history, -1 if not given
 */
public record EventEnvelope(String id, EventType type, String source, String aggregateId, long aggregateSequence,
                            OffsetDateTime time, String submittedBy, String organisation, String correlationId,
                            String topic, int partition, long offset) {
}
