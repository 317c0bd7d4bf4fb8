package cn.gov.qingyuan.plan.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mongodbUri      the MongoDB holding the read models
 * @param mongodbDatabase the database of this service's read models
 * @param consumerGroup   prefix of the Kafka consumer group of each projection
 */
@ConfigurationProperties("plan.projection")
public record ProjectionProperties(String mongodbUri, String mongodbDatabase, String consumerGroup) {

    public ProjectionProperties {
        if (mongodbUri == null || mongodbDatabase == null || consumerGroup == null) {
            throw new IllegalArgumentException("plan.projection.mongodb-uri, mongodb-database and consumer-group are required");
        }
    }
}
