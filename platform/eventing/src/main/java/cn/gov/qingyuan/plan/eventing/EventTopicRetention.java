package cn.gov.qingyuan.plan.eventing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An event topic keeps its history for ever: created with unlimited retention and plain deletion (never compaction,
 * which keeps only a key's last record), and refused at start-up when an existing topic is set to drop history. When
 * the broker cannot be reached the check is skipped with a warning: the service still takes submissions, which wait in
 * its store.
 */
final class EventTopicRetention {

    /** The topic-level settings every event topic is created with. */
    static final Map<String, String> SETTINGS = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1",
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);

    private static final Logger log = LoggerFactory.getLogger(EventTopicRetention.class);
    private static final long WAIT_SECONDS = 10;

    private EventTopicRetention() {
    }

    /** @throws IllegalStateException naming the setting when {@code topic} would drop history */
    static void check(Map<String, Object> adminConfig, String topic) {
        Map<String, Object> config = new HashMap<>(adminConfig);
        int waitMs = (int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, waitMs);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, waitMs);
        try (Admin admin = Admin.create(config)) {
            if (!admin.listTopics().names().get(WAIT_SECONDS, TimeUnit.SECONDS).contains(topic)) {
                log.warn("Event topic {} does not exist yet; it will be created with unlimited retention", topic);
                return;
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config settings = admin.describeConfigs(Set.of(resource)).all().get(WAIT_SECONDS, TimeUnit.SECONDS).get(resource);
            String problem = problem(settings);
            if (problem != null) {
                throw new IllegalStateException("Event topic " + topic + " would drop history: " + problem + ". Event topics keep every"
                        + " record (retention.ms=-1, retention.bytes=-1, cleanup.policy=delete): kafka-configs.sh --alter --entity-type topics"
                        + " --entity-name " + topic + " --add-config retention.ms=-1,retention.bytes=-1,cleanup.policy=delete");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Could not check the retention of event topic {} (Kafka unreachable?): {}", topic, e.getMessage());
        }
    }

    private static String problem(Config settings) {
        for (String setting : List.of(TopicConfig.RETENTION_MS_CONFIG, TopicConfig.RETENTION_BYTES_CONFIG)) {
            ConfigEntry entry = settings.get(setting);
            if (entry != null && !"-1".equals(entry.value())) {
                return setting + " is " + entry.value();
            }
        }
        ConfigEntry cleanup = settings.get(TopicConfig.CLEANUP_POLICY_CONFIG);
        if (cleanup != null && cleanup.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            return TopicConfig.CLEANUP_POLICY_CONFIG + " is " + cleanup.value() + " (compaction keeps only each key's last record)";
        }
        return null;
    }
}
