package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.EventMetadata;
import cn.gov.qingyuan.plan.contracts.Topics;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Map;

/**
 * The eventing wiring every command service reuses: Axon's JDBC event store on PostgreSQL (tables
 * created at start-up, duplicate sequence numbers surfacing as concurrency conflicts, schema versions
 * stored as revisions), submission metadata on every event, and a tracking processor that publishes the
 * store to Kafka as CloudEvents.
 */
@AutoConfiguration(beforeName = {
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration"},
        afterName = {"org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
                // After Boot's (primary) ObjectMapper exists, so the events' own mapper below does not replace it.
                "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration"})
@EnableConfigurationProperties(EventingProperties.class)
public class EventingAutoConfiguration {

    /**
     * The JSON of stored and published events, picked by Axon by this name: ISO-8601 dates rather than arrays
     * of numbers, and independent of how the HTTP API's mapper is tuned.
     */
    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Bean
    RevisionResolver revisionResolver() {
        return new SchemaVersionRevisionResolver();
    }

    /** PostgreSQL's unique_violation: a second writer appended the same aggregate sequence number. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /**
     * Axon's JDBC storage engine as its auto-configuration builds it, but chaining every event it appends
     * ({@link ChainedEventStorageEngine}).
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager) {
        return new ChainedEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema()));
    }

    @Bean
    ChainVerifier chainVerifier(DataSource dataSource) {
        return new ChainVerifier(dataSource);
    }

    @Bean
    ChainHistory chainHistory(DataSource dataSource, Environment environment, ObjectProvider<Clock> clock) {
        return new ChainHistory(dataSource, environment.getProperty("spring.application.name", "command-service"),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ChainHeadPublisher chainHeadPublisher(ChainHistory chainHistory, KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate,
                                          ObjectMapper defaultAxonObjectMapper, EventingProperties properties) {
        return new ChainHeadPublisher(chainHistory, cloudEventKafkaTemplate, defaultAxonObjectMapper, properties.source(),
                properties.chainHeadInterval());
    }

    /** The chain heads' topic: audit history too, so kept as long as the event topics. */
    @Bean
    NewTopic chainHeadsTopic(EventingProperties properties, KafkaProperties kafkaProperties) {
        EventTopicRetention.check(kafkaProperties.buildAdminProperties(null), Topics.CHAIN_HEADS);
        return TopicBuilder.name(Topics.CHAIN_HEADS).partitions(1).replicas(properties.topicReplicas())
                .configs(EventTopicRetention.SETTINGS).build();
    }

    @Bean
    EventStoreSchema eventStoreSchema(DataSource dataSource, Environment environment, EventStorageEngine storageEngine,
                                      TokenStore tokenStore) {
        return new EventStoreSchema(dataSource, environment.getProperty("spring.datasource.hikari.schema"), storageEngine, tokenStore);
    }

    /** Copies the submission metadata of a command onto every event it causes. */
    @Bean
    CorrelationDataProvider submissionMetadataProvider() {
        return new SimpleCorrelationDataProvider(EventMetadata.SUBMITTED_BY, EventMetadata.ROLE, EventMetadata.ORGANISATION,
                EventMetadata.SUBMITTED_AT, EventMetadata.CORRELATION_ID, EventMetadata.CLIENT_REFERENCE);
    }

    /** Axon's origin tracking under keys that do not clash with the request's correlation id. */
    @Bean
    CorrelationDataProvider causationProvider() {
        return new MessageOriginProvider("causationId", "traceId");
    }

    /** The service's event topic, created with unlimited retention; an existing one set to drop history is refused. */
    @Bean
    NewTopic eventTopic(EventingProperties properties, KafkaProperties kafkaProperties) {
        EventTopicRetention.check(kafkaProperties.buildAdminProperties(null), properties.topic());
        return TopicBuilder.name(properties.topic()).partitions(properties.topicPartitions())
                .replicas(properties.topicReplicas()).configs(EventTopicRetention.SETTINGS).build();
    }

    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate(KafkaProperties kafkaProperties) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties(null);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    /**
     * Runs the publisher in its own tracking processor over the event store, in batches, and lets a failed
     * send fail the batch (Axon's default handler would log it and move the token past the event).
     */
    @Bean
    ConfigurerModule kafkaPublisherProcessor(EventingProperties properties, KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate,
                                             ObjectMapper defaultAxonObjectMapper, DataSource dataSource, MeterRegistry meters) {
        // Not a Spring bean: Axon would otherwise register its @EventHandler a second time, in a processor of its own.
        KafkaEventPublisher publisher = new KafkaEventPublisher(cloudEventKafkaTemplate,
                new CloudEventMapper(properties.topic(), properties.source(), defaultAxonObjectMapper), new ChainLinks(dataSource), meters);
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerEventHandler(configuration -> publisher)
                .assignHandlerInstancesMatching(KafkaEventPublisher.PROCESSING_GROUP, handler -> handler == publisher)
                .registerTrackingEventProcessor(KafkaEventPublisher.PROCESSING_GROUP, Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(properties.publisherBatchSize()))
                .registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance()));
    }
}
