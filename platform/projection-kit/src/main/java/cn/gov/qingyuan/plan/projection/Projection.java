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

    /**
     * The Kafka consumer group that fills this projection's read model, under the service's prefix. A read model
     * rebuilt into a new database (a new generation) is filled by a new group, and names it here.
     */
    default String consumerGroup(String prefix) {
        return prefix + "." + name();
    }

    EventHandlers handlers();

    /**
     * Writes what the handlers of the calling thread have buffered, if the projection buffers its writes; a no-op for
     * one that writes as it handles. Called before offsets are committed: after each record by the live consumers,
     * after each poll by a replay, so a rebuild writes its read model in bulk. Throws when the store is unavailable,
     * keeping the buffer for the next call.
     */
    default void flush() {
    }

    /**
     * Called once by a replay when it first reaches the end the topics had at its start, before it commits any offset:
     * a projection that deferred its writes until then (a rebuild's, which writes a snapshot in bulk) writes them now.
     * Throws when the store is unavailable; it is called again.
     */
    default void caughtUp() {
    }
}
