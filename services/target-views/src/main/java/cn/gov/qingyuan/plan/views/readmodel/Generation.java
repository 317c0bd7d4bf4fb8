package cn.gov.qingyuan.plan.views.readmodel;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/**
 * A read-model generation: the MongoDB database holding the facts, and the Kafka consumer group that fills it. The
 * service reads one, the active one; a rebuild fills a new one from the start of the topics beside it.
 *
 * @param id            what the operator calls it: the rebuild's id, or {@code initial} for the configured database
 * @param since         when it became the active one (null while it is being rebuilt, or for the initial one)
 */
record Generation(String id, String database, String consumerGroup, Instant since) {

    static final String INITIAL = "initial";

    Generation activeSince(Instant at) {
        return new Generation(id, database, consumerGroup, at);
    }

    Document toDocument() {
        return new Document("generation", id).append("database", database).append("consumerGroup", consumerGroup)
                .append("since", since == null ? null : Date.from(since));
    }

    static Generation fromDocument(Document document) {
        Date since = document.getDate("since");
        return new Generation(document.getString("generation"), document.getString("database"), document.getString("consumerGroup"),
                since == null ? null : since.toInstant());
    }
}
