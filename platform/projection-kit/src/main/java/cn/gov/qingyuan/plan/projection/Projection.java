package cn.gov.qingyuan.plan.projection;

import java.util.List;

/**
 * A read model kept in MongoDB from Kafka topics. Handlers must be idempotent and commutative: a record
 * may arrive twice (at-least-once delivery) and records of different aggregates in any order. Write them as
 * {@code $set} upserts keyed by what the event is about, never as bare increments.
 */
public interface Projection {

    /** Names the consumer group and the metrics; changing it replays the topics from the start. */
    String name();

    List<String> topics();

    EventHandlers handlers();
}
