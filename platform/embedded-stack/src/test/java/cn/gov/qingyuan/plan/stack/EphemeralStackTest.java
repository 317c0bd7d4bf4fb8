package cn.gov.qingyuan.plan.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class EphemeralStackTest {

    private static EmbeddedStack stack;

    @BeforeAll
    static void startStack() {
        stack = EmbeddedStack.start(StackOptions.ephemeral());
    }

    @AfterAll
    static void closeStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void kafka_delivers_a_produced_record_to_a_consumer_of_an_auto_created_topic() throws Exception {
        StackClients.produce(stack, "plan-events", "project-1", "ProjectRegistered");

        var records = StackClients.consume(stack, "plan-events", 1);

        assertThat(records).extracting(ConsumerRecord::key, ConsumerRecord::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("project-1", "ProjectRegistered"));
        assertThat(stack.kafkaBootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void postgres_stores_rows_in_the_qingyuan_database() throws Exception {
        try (Connection connection = StackClients.postgres(stack); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE county (code TEXT PRIMARY KEY, name TEXT NOT NULL)");
            statement.execute("INSERT INTO county VALUES ('441802', '清城区')");
            try (ResultSet rs = statement.executeQuery("SELECT name, current_database() FROM county")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("清城区");
                assertThat(rs.getString(2)).isEqualTo("qingyuan");
            }
        }
        assertThat(stack.postgresUrl()).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/qingyuan");
    }

    @Test
    void postgres_keeps_the_fast_unsafe_test_settings() throws Exception {
        assertThat(StackClients.postgresSetting(stack, "fsync")).isEqualTo("off");
    }

    @Test
    void mongo_stand_in_finds_an_inserted_document() {
        try (MongoClient client = StackClients.mongo(stack)) {
            MongoCollection<Document> views = client.getDatabase("target-views").getCollection("views");
            views.insertOne(new Document("_id", "441802").append("investment", 12.5));

            assertThat(views.find(new Document("_id", "441802")).first()).containsEntry("investment", 12.5);
        }
        assertThat(stack.mongoUri()).matches("mongodb://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void broker_logging_defaults_to_warn() {
        assertThat(LoggerFactory.getLogger("kafka.server.BrokerServer").isInfoEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.apache.kafka.controller.QuorumController").isInfoEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger(EmbeddedStack.class).isInfoEnabled()).isTrue();
    }

    @Test
    void keeps_its_data_in_a_temporary_directory_that_close_deletes() {
        EmbeddedStack mongoOnly = EmbeddedStack.start(new StackOptions(null, 0, 0, 0, false, false, true));
        Path tempDir = mongoOnly.dataDirectory();
        assertThat(tempDir).isDirectory();
        assertThatThrownBy(mongoOnly::kafkaBootstrapServers).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not started");

        mongoOnly.close();
        mongoOnly.close();

        assertThat(tempDir).doesNotExist();
        assertThatThrownBy(mongoOnly::mongoUri).isInstanceOf(IllegalStateException.class);
    }
}
