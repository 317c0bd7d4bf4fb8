package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.testkit.TestStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On the real broker: an event topic that would drop history is refused, naming the setting; one kept for ever passes. */
class EventTopicRetentionTest {

    private static Map<String, Object> config;
    private static Admin admin;

    @BeforeAll
    static void connect() {
        config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafkaBootstrapServers());
        admin = Admin.create(config);
    }

    @AfterAll
    static void disconnect() {
        admin.close();
    }

    @Test
    void aTopicWithTimeOrSizeRetentionOrCompactionIsRefusedNamingTheSetting() throws Exception {
        assertRefused(Map.of("retention.ms", "604800000"), "retention.ms is 604800000");
        assertRefused(Map.of("retention.bytes", "1073741824"), "retention.bytes is 1073741824");
        assertRefused(Map.of("cleanup.policy", "compact"), "cleanup.policy is compact");
    }

    @Test
    void aTopicCreatedAsTheServiceCreatesItPassesAndOneNotYetCreatedToo() throws Exception {
        String topic = create(EventTopicRetention.SETTINGS);
        assertThatCode(() -> EventTopicRetention.check(config, topic)).doesNotThrowAnyException();
        assertThatCode(() -> EventTopicRetention.check(config, TestStack.uniqueName("not-yet"))).doesNotThrowAnyException();
    }

    private static void assertRefused(Map<String, String> settings, String reason) throws Exception {
        String topic = create(settings);
        assertThatThrownBy(() -> EventTopicRetention.check(config, topic)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(topic).hasMessageContaining(reason).hasMessageContaining("--add-config retention.ms=-1");
    }

    private static String create(Map<String, String> settings) throws Exception {
        String topic = TestStack.uniqueName("retention");
        admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()).configs(settings))).all().get();
        return topic;
    }
}
