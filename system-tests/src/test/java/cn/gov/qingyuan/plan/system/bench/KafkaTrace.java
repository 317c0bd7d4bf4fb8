package cn.gov.qingyuan.plan.system.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plain consumer of the command service's topic, from its end at start: for each record it notes the record's
 * creation time (the publisher's send, as the broker stores it) and when this consumer read it. That splits the
 * latency into "store and publish" and "project and stream".
 */
final class KafkaTrace implements AutoCloseable {

    /** The benchmark's own reference for each submission (X-Client-Reference); the correlation id is the server's. */
    private static final String CORRELATION_HEADER = "ce_clientreference";

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Function<String, Submission> submissions;
    private final Thread poller;
    private volatile boolean closing;

    KafkaTrace(String bootstrapServers, String topic, Function<String, Submission> submissions) {
        this.submissions = submissions;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "live-latency-benchmark-trace"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the lazy seek now, before anything is submitted
        this.poller = new Thread(this::poll, "kafka-trace");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        try {
            while (!closing) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    long now = System.nanoTime();
                    Header correlation = record.headers().lastHeader(CORRELATION_HEADER);
                    if (correlation == null) {
                        continue;
                    }
                    Submission submission = submissions.apply(new String(correlation.value(), StandardCharsets.UTF_8));
                    if (submission != null && submission.kafkaReadNanos == 0) {
                        submission.kafkaCreatedEpochMillis = record.timestamp();
                        submission.kafkaReadNanos = now;
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /**
     * How many records of {@code topic} the consumer groups whose names start with {@code groupPrefix} have yet to
     * commit: the projections' backlog. -1 while no such group has committed anything.
     */
    static long backlog(String bootstrapServers, String topic, String groupPrefix) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            List<String> groups = admin.listConsumerGroups().all().get().stream().map(g -> g.groupId())
                    .filter(g -> g.startsWith(groupPrefix)).toList();
            long backlog = 0;
            boolean any = false;
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata offset = committed.get(partition);
                    any |= offset != null;
                    backlog += ends.get(partition) - (offset == null ? 0 : offset.offset());
                }
            }
            return any ? backlog : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (ExecutionException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        closing = true;
        consumer.wakeup();
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
