package cn.gov.qingyuan.plan.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/**
 * Idempotent writes for read models, on what real MongoDB and the stand-in both support (no transactions).
 */
public final class ReadModels {

    static final String SEQUENCE = "_sequence";

    private ReadModels() {
    }

    /**
     * Sets fields of the document {@code id} unless it already holds what a later (or the same) event of the
     * same aggregate wrote. A redelivered or overtaken event therefore changes nothing, and the newest event
     * about a fact wins whatever order they arrive in.
     *
     * @return whether the document was written
     */
    public static boolean setIfNewer(MongoCollection<Document> collection, Object id, long aggregateSequence, Bson... fields) {
        List<Bson> updates = new ArrayList<>(List.of(fields));
        updates.add(Updates.set(SEQUENCE, aggregateSequence));
        // Real MongoDB finds the document by the _id index; the stand-in uses its index only for a filter on _id alone
        // and scans the collection here (a projection that needs speed on it keeps the guard in memory, see target-views' Mirror).
        Bson olderOrAbsent = new Document("_id", id)
                .append("$or", List.of(new Document(SEQUENCE, new Document("$exists", false)),
                        new Document(SEQUENCE, new Document("$lt", aggregateSequence))));
        try {
            collection.updateOne(olderOrAbsent, Updates.combine(updates), new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            // The upsert collided with the existing document: it holds this event or a newer one.
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Replaces a derived document wholesale; derived documents are recomputed, so the last write is right. */
    public static void put(MongoCollection<Document> collection, Object id, Document derived) {
        collection.replaceOne(Filters.eq("_id", id), derived.append("_id", id), new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    /** A sum read back from an aggregation: MongoDB answers int, long or double depending on the values. */
    public static long longValue(Object number) {
        return number == null ? 0 : ((Number) number).longValue();
    }
}
