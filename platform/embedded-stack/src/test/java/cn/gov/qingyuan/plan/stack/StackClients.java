package cn.gov.qingyuan.plan.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain clients of the three servers, as the services would use them. */
final class StackClients {

    private StackClients() {
    }

    static void produce(EmbeddedStack stack, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", stack.kafkaBootstrapServers(),
                "acks", "all",
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Reads the topic from the beginning with a new consumer group until {@code expected} records arrived. */
    static List<ConsumerRecord<String, String>> consume(EmbeddedStack stack, String topic, int expected) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", stack.kafkaBootstrapServers(),
                "group.id", "check-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    static String clusterId(EmbeddedStack stack) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
            return admin.describeCluster().clusterId().get();
        }
    }

    static Connection postgres(EmbeddedStack stack) throws SQLException {
        return DriverManager.getConnection(stack.postgresUrl(), stack.postgresUser(), stack.postgresPassword());
    }

    static String postgresSetting(EmbeddedStack stack, String name) throws SQLException {
        try (Connection connection = postgres(stack);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW " + name)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    static MongoClient mongo(EmbeddedStack stack) {
        return MongoClients.create(stack.mongoUri());
    }
}
