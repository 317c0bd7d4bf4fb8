package cn.gov.qingyuan.plan.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistentStackTest {

    @TempDir
    static Path dataDirectory;

    private static EmbeddedStack stack;

    @AfterAll
    static void closeStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void data_written_to_all_three_servers_survives_a_restart_on_the_same_directory() throws Exception {
        // Fixed ports like make run's, but free ones so that a developer's running stack does not collide.
        int[] ports = FreePorts.pick(4);
        StackOptions options = new StackOptions(dataDirectory, ports[0], ports[2], ports[3], true, true, true);

        stack = EmbeddedStack.start(options);
        String clusterId = StackClients.clusterId(stack);
        StackClients.produce(stack, "project-events", "project-7", "InvestmentReported");
        try (Connection connection = StackClients.postgres(stack); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE park (id TEXT PRIMARY KEY, name TEXT)");
            statement.execute("INSERT INTO park VALUES ('p1', 'Qingyuan High-tech Zone')");
        }
        try (MongoClient client = StackClients.mongo(stack)) {
            client.getDatabase("target-views").getCollection("parks").insertOne(new Document("_id", "p1").append("projects", 3));
        }
        stack.close();

        stack = EmbeddedStack.start(options);

        assertThat(StackClients.clusterId(stack)).isEqualTo(clusterId);
        assertThat(StackClients.consume(stack, "project-events", 1)).extracting(ConsumerRecord::value)
                .containsExactly("InvestmentReported");
        try (Connection connection = StackClients.postgres(stack); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT name FROM park WHERE id = 'p1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Qingyuan High-tech Zone");
        }
        try (MongoClient client = StackClients.mongo(stack)) {
            assertThat(client.getDatabase("target-views").getCollection("parks").find(new Document("_id", "p1")).first())
                    .containsEntry("projects", 3);
        }
        assertThat(StackClients.postgresSetting(stack, "fsync")).isEqualTo("on");
        assertThat(StackClients.postgresSetting(stack, "synchronous_commit")).isEqualTo("on");
        assertThat(dataDirectory.resolve("mongo/mongo.mv")).isRegularFile();
    }
}
