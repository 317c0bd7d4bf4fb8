package cn.gov.qingyuan.plan.testkit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

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

    /** A header's value as text, e.g. {@code ce_type}; null when the record has none. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
