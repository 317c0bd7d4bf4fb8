package cn.gov.qingyuan.plan.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Kafka listener container per projection, one thread per partition. Offsets are committed only after the
 * handlers of a poll's records have written MongoDB (at least once). A failing store is retried with back-off for as
 * long as it takes, so a MongoDB outage delays the views but loses nothing; a record that can never be read is set aside in
 * {@link RejectedEvents} so it cannot block its partition.
 */
public class ProjectionConsumers implements SmartLifecycle {

    static final int SESSION_TIMEOUT_MS = 10_000;

    private final Map<String, ConcurrentMessageListenerContainer<String, CloudEvent>> containers = new LinkedHashMap<>();
    private volatile boolean running;

    ProjectionConsumers(List<Projection> projections, KafkaProperties kafka, ProjectionProperties properties,
                        ObjectMapper json, MeterRegistry meters, MongoDatabase database) {
        RejectedEvents rejected = new RejectedEvents(database);
        for (Projection projection : projections) {
            containers.put(projection.name(), container(projection, kafka, properties, json, meters, database, rejected));
        }
    }

    private static ConcurrentMessageListenerContainer<String, CloudEvent> container(
            Projection projection, KafkaProperties kafka, ProjectionProperties properties, ObjectMapper json,
            MeterRegistry meters, MongoDatabase database, RejectedEvents rejected) {
        String group = projection.consumerGroup(properties.consumerGroup());
        Map<String, Object> config = kafka.buildConsumerProperties(null);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A crashed instance's partitions go to the next one after this long without a heartbeat (Kafka's default, 45 s,
        // left the views of a restarted instance frozen that long after a kill -9); heartbeats go every 3 s.
        config.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, SESSION_TIMEOUT_MS);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        config.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, io.cloudevents.kafka.CloudEventDeserializer.class);

        ContainerProperties containerProperties = new ContainerProperties(projection.topics().toArray(String[]::new));
        // Offsets are committed once the records of a poll are all handled: still at least once (a crash redelivers the
        // batch to idempotent handlers), without a commit round trip per record.
        containerProperties.setAckMode(ContainerProperties.AckMode.BATCH);
        EventDispatcher dispatcher = new EventDispatcher(projection, json, meters, new AggregateSequences(database, group));
        containerProperties.setMessageListener((MessageListener<String, CloudEvent>) record -> {
            dispatcher.dispatch(record);
            projection.flush();
            dispatcher.flush();
        });

        var container = new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<String, CloudEvent>(config), containerProperties);
        container.setBeanName("projection-" + projection.name());
        // One thread per partition of the plan's topics: records of one aggregate stay in order on their partition.
        container.setConcurrency(properties.concurrency());
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(30_000);
        DefaultErrorHandler errorHandler = new DefaultErrorHandler((record, e) -> rejected.keep(projection.name(), record, e), backOff);
        errorHandler.addNotRetryableExceptions(UnreadableEvent.class);
        container.setCommonErrorHandler(errorHandler);
        return container;
    }

    @Override
    public void start() {
        containers.values().forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        containers.values().forEach(ConcurrentMessageListenerContainer::stop);
        running = false;
    }

    /**
     * Stops one projection's consumers for good, once the handlers of their last poll have run and its offsets are
     * committed: a {@link ReplayConsumer} that rebuilt the projection's read model takes over its writes.
     */
    public void stop(String projection) {
        ConcurrentMessageListenerContainer<String, CloudEvent> container = containers.get(projection);
        if (container == null) {
            throw new IllegalArgumentException("No projection named " + projection);
        }
        container.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
