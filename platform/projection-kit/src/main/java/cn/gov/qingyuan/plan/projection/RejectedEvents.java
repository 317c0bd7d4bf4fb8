package cn.gov.qingyuan.plan.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Records that can never be read are kept here, with where they came from and why, instead of blocking
 * their partition forever or vanishing. Keyed by topic, partition and offset, so a redelivery overwrites.
 */
class RejectedEvents {

    static final String COLLECTION = "rejected_events";
    private static final Logger log = LoggerFactory.getLogger(RejectedEvents.class);

    private final MongoCollection<Document> rejected;

    RejectedEvents(MongoDatabase database) {
        this.rejected = database.getCollection(COLLECTION);
    }

    void keep(String projection, ConsumerRecord<?, ?> record, Exception reason) {
        String id = record.topic() + "/" + record.partition() + "@" + record.offset();
        log.error("Projection {} rejected record {}: {}", projection, id, reason.getMessage());
        Document doc = new Document("_id", projection + ":" + id)
                .append("projection", projection)
                .append("topic", record.topic()).append("partition", record.partition()).append("offset", record.offset())
                .append("key", record.key() == null ? null : record.key().toString())
                .append("eventId", record.value() instanceof CloudEvent event ? event.getId() : null)
                .append("reason", String.valueOf(rootMessage(reason)))
                .append("rejectedAt", Instant.now().toString());
        rejected.replaceOne(new Document("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true));
    }

    private static String rootMessage(Throwable e) {
        StringBuilder reasons = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                reasons.append(reasons.isEmpty() ? "" : " <- ").append(t.getMessage());
            }
        }
        return reasons.toString();
    }
}
