package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.stack.EmbeddedStack;
import cn.gov.qingyuan.plan.stack.Infrastructure;
import cn.gov.qingyuan.plan.stack.ServiceCatalog;
import cn.gov.qingyuan.plan.stack.ServiceProcess;
import cn.gov.qingyuan.plan.stack.ServiceSpec;
import cn.gov.qingyuan.plan.stack.StackOptions;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Submissions accepted while Kafka is down are stored in PostgreSQL and published once the broker is back:
 * the publisher reads the event store, so a broker outage delays events but loses none.
 */
class KafkaOutageTest {

    @Test
    void submissionsAcceptedWhileKafkaIsDownReachKafkaWhenItComesBack() throws IOException {
        int kafkaPort = freePortWithFreeSuccessor();
        String bootstrap = "127.0.0.1:" + kafkaPort;
        EmbeddedStack postgres = TestStack.get();
        Infrastructure brokerNotYetUp = new Infrastructure(bootstrap, postgres.postgresUrl(), postgres.postgresUser(),
                postgres.postgresPassword(), postgres.mongoUri(), TestStack.issuer().publicKeyLocation());
        ServiceSpec spec = new ServiceSpec(ServiceCatalog.INDUSTRIAL_PROJECTS.name(), RunningSystem.onFreePort(ServiceCatalog.INDUSTRIAL_PROJECTS).port(),
                TestStack.uniqueName("outage"), null, List.of());

        try (ServiceProcess projects = new RunningSystem(brokerNotYetUp).start(spec)) {
            Http api = new Http(spec.url(""), TestStack.token("reporter", "county:fogang"));
            HttpResult registered = api.postJson("/api/projects", json("enterprise", "Fogang Machinery", "county", "fogang",
                    "industry", "machinery", "plannedInvestmentWanYuan", 3000, "advancedManufacturing", false, "highTech", false));
            assertThat(registered.status()).as("accepted although Kafka is down").isEqualTo(201);
            String projectId = registered.json().get("projectId").asText();
            assertThat(api.postJson("/api/projects/" + projectId + "/investment-reports", json("period", "2015-01", "amountWanYuan", 100)).status())
                    .isEqualTo(201);
            assertThat(api.get("/api/projects/" + projectId).header("ETag")).isEqualTo("\"1\"");

            try (EmbeddedStack kafka = EmbeddedStack.start(new StackOptions(null, kafkaPort, 0, 0, true, false, false));
                 KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                         ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.kafkaBootstrapServers(),
                         ConsumerConfig.GROUP_ID_CONFIG, "outage-" + UUID.randomUUID(),
                         ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                         new StringDeserializer(), new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
                consumer.subscribe(List.of(Topics.INDUSTRIAL_PROJECTS));
                Set<String> eventIds = new HashSet<>();
                // The publisher backs off while the broker is away (up to a minute between attempts).
                await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
                    consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                        if (projectId.equals(r.key())) {
                            eventIds.add(new String(r.headers().lastHeader("ce_id").value()));
                        }
                    });
                    assertThat(eventIds).hasSize(2);
                });
            }
        }
    }

    private static int freePortWithFreeSuccessor() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            port = cn.gov.qingyuan.plan.stack.FreePorts.pickOne();
            try (ServerSocket successor = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("No two consecutive free ports");
    }
}
