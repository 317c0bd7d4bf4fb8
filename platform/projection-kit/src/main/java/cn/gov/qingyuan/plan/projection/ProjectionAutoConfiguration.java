package cn.gov.qingyuan.plan.projection;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Wires every {@link Projection} bean to its topics and the service's MongoDB database. */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration")
@EnableConfigurationProperties({ProjectionProperties.class, KafkaProperties.class})
public class ProjectionAutoConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(ProjectionProperties properties) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(properties.mongodbUri()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    @Bean
    MongoDatabase readModelDatabase(MongoClient mongoClient, ProjectionProperties properties) {
        return mongoClient.getDatabase(properties.mongodbDatabase());
    }

    @Bean
    MongoHealth mongoHealthIndicator(MongoDatabase readModelDatabase) {
        return new MongoHealth(readModelDatabase);
    }

    @Bean
    ProjectionConsumers projectionConsumers(List<Projection> projections, KafkaProperties kafka, ProjectionProperties properties,
                                            MeterRegistry meters, MongoDatabase readModelDatabase) {
        return new ProjectionConsumers(projections, kafka, properties, eventReader(), meters, readModelDatabase);
    }

    @Bean
    ProjectionReplays projectionReplays(KafkaProperties kafka, MeterRegistry meters, MongoDatabase readModelDatabase) {
        return new ProjectionReplays(kafka, eventReader(), meters, readModelDatabase);
    }

    /** Events are contracts: a consumer must not choke on a field a newer producer added. */
    static ObjectMapper eventReader() {
        return new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
