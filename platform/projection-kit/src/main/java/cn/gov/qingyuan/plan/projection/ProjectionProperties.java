package cn.gov.qingyuan.plan.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mongodbUri      the MongoDB holding the read models
 * @param mongodbDatabase the database of this service's read models
 * @param consumerGroup   prefix of the Kafka consumer group of each projection
 * @param concurrency     consumer threads per projection (default 3, the partitions of each topic); a thread handles
 *                        whole partitions, so one aggregate's events stay in order
 */
@ConfigurationProperties("plan.projection")
public record ProjectionProperties(String mongodbUri, String mongodbDatabase, String consumerGroup,
                                   @DefaultValue("3") int concurrency) {

    public ProjectionProperties {
        if (mongodbUri == null || mongodbDatabase == null || consumerGroup == null) {
            throw new IllegalArgumentException("plan.projection.mongodb-uri, mongodb-database and consumer-group are required");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("plan.projection.concurrency must be at least 1");
        }
    }
}
