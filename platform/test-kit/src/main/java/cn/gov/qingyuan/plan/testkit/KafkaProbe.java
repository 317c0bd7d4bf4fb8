package cn.gov.qingyuan.plan.testkit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads what a service published to the test stack's Kafka, the way any consumer would. */
public final class KafkaProbe {

    private KafkaProbe() {
    }

    /** A consumer of its own group that reads topics from their first record. */
    public static KafkaConsumer<String, byte[]> consumerFromStart() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, TestStack.uniqueName("check"));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** The records published to {@code topic} under {@code key}: see {@link #published(String, Predicate, int)}. */
    public static List<ConsumerRecord<String, byte[]>> published(String topic, String key, int atLeast) {
        return published(topic, key::equals, atLeast);
    }

    /**
     * The records published to {@code topic} under the keys {@code key} accepts, in order: once at least
     * {@code atLeast} arrived (within 30 s), and a second more, so that a record published twice is among them too.
     */
    public static List<ConsumerRecord<String, byte[]>> published(String topic, Predicate<String> key, int atLeast) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumerFromStart()) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                poll(consumer, key, records, Duration.ofMillis(200));
                assertThat(records).as("records on %s", topic).hasSizeGreaterThanOrEqualTo(atLeast);
            });
            poll(consumer, key, records, Duration.ofSeconds(1));
        }
        return records;
    }

    private static void poll(KafkaConsumer<String, byte[]> consumer, Predicate<String> key, List<ConsumerRecord<String, byte[]>> records,
                             Duration timeout) {
        consumer.poll(timeout).forEach(record -> {
            if (record.key() != null && key.test(record.key())) {
                records.add(record);
            }
        });
    }

    /** A header's value as text, e.g. {@code ce_type}; null when the record has none. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
