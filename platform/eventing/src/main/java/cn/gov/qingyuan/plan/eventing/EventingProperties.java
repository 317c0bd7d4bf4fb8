package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.EventTopic;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;

/**
 * Where a command service publishes: its Kafka topic and its CloudEvents source.
 *
 * @param topic               the service's own topic, keyed by aggregate id
 * @param source              the CloudEvents {@code ce_source} of every event it publishes; on a plan topic the one
 *                            {@link EventTopic} names (the default there)
 * @param topicPartitions     partitions of the topic when the service creates it
 * @param topicReplicas       replication factor of the topic when the service creates it
 * @param publisherBatchSize  events the Kafka publisher reads from the store per transaction
 * @param chainHeadInterval   how often the chain head is published to {@code plan.audit.chain-heads} when it moved
 */
@ConfigurationProperties("plan.eventing")
public record EventingProperties(String topic, URI source, Integer topicPartitions, Short topicReplicas,
                                 Integer publisherBatchSize, Duration chainHeadInterval) {

    public EventingProperties {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("plan.eventing.topic must name the service's Kafka topic");
        }
        EventTopic planTopic = EventTopic.of(topic).orElse(null);
        if (source == null && planTopic != null) {
            source = planTopic.source();
        }
        if (source == null) {
            throw new IllegalArgumentException("plan.eventing.source must be the service's CloudEvents source, e.g. /services/industrial-projects");
        }
        if (planTopic != null && !planTopic.source().equals(source)) {
            // Consumers refuse any other source on the topic: a service configured otherwise would publish nothing they apply.
            throw new IllegalArgumentException("plan.eventing.source of topic " + topic + " must be " + planTopic.source() + ", was " + source);
        }
        topicPartitions = topicPartitions == null ? 3 : topicPartitions;
        topicReplicas = topicReplicas == null ? 1 : topicReplicas;
        publisherBatchSize = publisherBatchSize == null ? 100 : publisherBatchSize;
        chainHeadInterval = chainHeadInterval == null ? Duration.ofMinutes(1) : chainHeadInterval;
        if (chainHeadInterval.isNegative() || chainHeadInterval.isZero()) {
            throw new IllegalArgumentException("plan.eventing.chain-head-interval must be positive, e.g. PT1M");
        }
    }
}
