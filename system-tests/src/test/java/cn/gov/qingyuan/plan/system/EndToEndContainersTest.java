package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.stack.Infrastructure;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same scenario against the real images production runs on: PostgreSQL, Apache Kafka and MongoDB.
 * Skipped where no Docker engine runs (as on the build machines of this project); see the README.
 */
@Testcontainers(disabledWithoutDocker = true)
class EndToEndContainersTest extends EndToEndScenario {

    @Container
    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:16-alpine").withDatabaseName("qingyuan");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");
    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Override
    Infrastructure infrastructure() {
        return new Infrastructure(KAFKA.getBootstrapServers(), POSTGRES.getJdbcUrl(), POSTGRES.getUsername(), POSTGRES.getPassword(),
                MONGO.getConnectionString(), TestStack.issuer().publicKeyLocation());
    }
}
