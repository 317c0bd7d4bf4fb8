package cn.gov.qingyuan.plan.projection;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A projection replayed from the start of its topics (or from a {@link Prelude} and then the topics) into a fresh read
 * model, by one plain consumer assigned every partition (no group rebalancing can hand a partition to anyone else),
 * through the same dispatch as the live consumers: topic, chain link and aggregate sequence checked, refused and
 * unreadable records set aside in the dead letters, a failing store retried until it works. Offsets are committed to the
 * replay's own group, so that group can take over when the replayed read model becomes the live one. Once it reaches the end the topics had when it started it is caught up:
 * the projection writes what it deferred ({@link Projection#caughtUp}) and the offsets are committed for the first
 * time; from then on after each poll. It keeps following the topics until closed.
 */
public final class ReplayConsumer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplayConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);

    /**
     * How far a replay is: records read of those the topics held at its start, when it started and caught up, and how
     * many records it had read by then (the replay proper, without those it read following the topics since).
     */
    public record Progress(long applied, long total, Instant startedAt, Instant caughtUpAt, long replayed, String failure) {

        public boolean caughtUp() {
            return caughtUpAt != null;
        }

        /** From 0 to 1: the share of the records present at the start that have been read. */
        public double share() {
            return caughtUp() || total == 0 ? 1.0 : Math.min(1.0, (double) applied / total);
        }
    }

    /**
     * Events read from somewhere other than the topics before them, e.g. the event stores, the authority: applied on the
     * replay's thread before it follows the topics from where they ended when the replay started. Whatever was published
     * before then was stored before then, so it is in what the prelude reads; what it also finds on the topics is
     * applied twice, which handlers take.
     */
    public interface Prelude {

        /** How many events it will apply, for the progress. */
        long expected();

        /**
         * Applies every event to the projection's handlers, telling {@code applied} of each, so the replay counts it and
         * takes its aggregate sequence (the topics' records that follow must follow it); throws to fail the replay.
         */
        void applyTo(Projection projection, Applied applied);

        /** Told of each event a prelude read, whether or not the projection handles it. */
        interface Applied {
            void event(String aggregateId, long sequence);
        }
    }

    private final Projection projection;
    private final Prelude prelude;
    private final Supplier<KafkaConsumer<String, CloudEvent>> consumers;
    private final EventDispatcher dispatcher;
    private final RejectedEvents rejected;
    private final List<String> topics;
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final AtomicLong applied = new AtomicLong();
    private final Thread thread;
    private volatile Map<TopicPartition, Long> ends;
    private volatile long total = -1;
    private volatile Instant startedAt;
    private volatile Instant caughtUpAt;
    private volatile long replayed;
    private volatile String failure;
    private volatile boolean closed;

    ReplayConsumer(Projection projection, Prelude prelude, Supplier<KafkaConsumer<String, CloudEvent>> consumers, EventDispatcher dispatcher,
                   RejectedEvents rejected) {
        this.projection = projection;
        this.prelude = prelude;
        this.topics = projection.topics();
        this.consumers = consumers;
        this.dispatcher = dispatcher;
        this.rejected = rejected;
        this.thread = new Thread(this::run, "replay-" + projection.name());
        this.thread.setDaemon(true);
    }

    /** Starts reading from the start of every partition; returns at once. */
    public ReplayConsumer start() {
        startedAt = Instant.now();
        thread.start();
        return this;
    }

    public Progress progress() {
        return new Progress(applied.get(), Math.max(total, 0), startedAt, caughtUpAt, replayed, failure);
    }

    /** The offset after the last record applied, per partition: what a handover compares with the live group's. */
    public Map<TopicPartition, Long> positions() {
        return Map.copyOf(positions);
    }

    /** Whether every record before {@code offsets} (the live group's committed offsets) has been applied here. */
    public boolean hasApplied(Map<TopicPartition, Long> offsets) {
        return offsets.entrySet().stream().allMatch(o -> positions.getOrDefault(o.getKey(), 0L) >= o.getValue());
    }

    private void run() {
        try (KafkaConsumer<String, CloudEvent> kafka = consumers.get()) {
            List<TopicPartition> partitions = topics.stream().flatMap(topic -> kafka.partitionsFor(topic).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            kafka.assign(partitions);
            ends = Map.copyOf(kafka.endOffsets(partitions));
            if (prelude == null) {
                kafka.seekToBeginning(partitions);
                Map<TopicPartition, Long> beginnings = kafka.beginningOffsets(partitions);
                total = ends.entrySet().stream().mapToLong(e -> e.getValue() - beginnings.get(e.getKey())).sum();
            } else {
                total = prelude.expected();
                prelude.applyTo(projection, (aggregate, sequence) -> {
                    dispatcher.taken(aggregate, sequence);
                    applied.incrementAndGet();
                });
                partitions.forEach(partition -> kafka.seek(partition, ends.get(partition)));
            }
            partitions.forEach(partition -> positions.put(partition, kafka.position(partition)));
            checkCaughtUp(kafka);
            while (!closed) {
                ConsumerRecords<String, CloudEvent> records = kafka.poll(POLL);
                Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
                for (ConsumerRecord<String, CloudEvent> record : records) {
                    apply(record);
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    commits.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    applied.incrementAndGet();
                }
                // Before it has caught up a replay commits nothing: its projection may defer its writes until then.
                if (caughtUpAt != null) {
                    flush();
                    commit(kafka, commits);
                }
                for (TopicPartition partition : partitions) {
                    positions.put(partition, kafka.position(partition));
                }
                checkCaughtUp(kafka);
            }
        } catch (RuntimeException e) {
            log.error("Replay of {} failed", projection.name(), e);
            failure = String.valueOf(e.getMessage());
        }
    }

    /**
     * Commits to the replay's group. A group some other instance consumes with (after a restart there) refuses a commit
     * from a consumer that is not its member: the records stay applied, and are at worst applied again after a restart.
     */
    private void commit(KafkaConsumer<String, CloudEvent> kafka, Map<TopicPartition, OffsetAndMetadata> commits) {
        if (commits.isEmpty()) {
            return;
        }
        try {
            kafka.commitSync(commits);
        } catch (CommitFailedException | RebalanceInProgressException e) {
            log.warn("Replay of {} could not commit its offsets: {}", projection.name(), e.getMessage());
        }
    }

    /** Writes the poll's buffered writes in bulk before its offsets are committed, retrying until the store takes them. */
    private void flush() {
        retried("write its read model", () -> {
            projection.flush();
            dispatcher.flush();
        });
    }

    private void retried(String what, Runnable write) {
        long backOff = 200;
        while (true) {
            try {
                write.run();
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    throw e;
                }
                log.warn("Replay of {} could not {}, retrying in {} ms: {}", projection.name(), what, backOff, e.getMessage());
                sleep(backOff);
                backOff = Math.min(backOff * 2, 30_000);
            }
        }
    }

    /** Applies one record as the live consumers do: unreadable ones set aside, anything else retried with back-off. */
    private void apply(ConsumerRecord<String, CloudEvent> record) {
        long backOff = 200;
        while (!closed) {
            try {
                dispatcher.dispatch(record);
                return;
            } catch (UnreadableEvent e) {
                rejected.keep(projection.name(), record, e);
                return;
            } catch (RuntimeException e) {
                log.warn("Replay of {} could not apply {}/{}@{}, retrying in {} ms: {}", projection.name(), record.topic(), record.partition(),
                        record.offset(), backOff, e.getMessage());
                sleep(backOff);
                backOff = Math.min(backOff * 2, 30_000);
            }
        }
    }

    /**
     * Once every record the topics held at the start is applied: the projection writes what it deferred, the buffered
     * writes are flushed, and the positions are committed for the first time.
     */
    private void checkCaughtUp(KafkaConsumer<String, CloudEvent> kafka) {
        if (caughtUpAt == null && hasApplied(ends)) {
            retried("write what it deferred", projection::caughtUp);
            flush();
            commit(kafka, positions.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                    position -> new OffsetAndMetadata(position.getValue()))));
            replayed = applied.get();
            caughtUpAt = Instant.now();
            log.info("Replay of {} caught up: {} records in {}", projection.name(), applied.get(), Duration.between(startedAt, caughtUpAt));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops following the topics and waits for the last poll's records to be applied and committed. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
