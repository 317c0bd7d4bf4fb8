package cn.gov.qingyuan.plan.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
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
     * <p>It reads the document's sequence, then writes, both by {@code _id} alone: the one filter the MongoDB stand-in
     * answers from its index (a conditional filter makes it scan the collection on every write). That relies on one
     * writer per document at a time, which the consumers give: a document is about one aggregate, whose events are on
     * one partition, handled by one consumer thread of the group.
     *
     * @return whether the document was written
     */
    public static boolean setIfNewer(MongoCollection<Document> collection, Object id, long aggregateSequence, Bson... fields) {
        Document current = collection.find(Filters.eq("_id", id)).projection(Projections.include(SEQUENCE)).first();
        Number written = current == null ? null : current.get(SEQUENCE, Number.class);
        if (written != null && written.longValue() >= aggregateSequence) {
            return false;
        }
        List<Bson> updates = new ArrayList<>(List.of(fields));
        updates.add(Updates.set(SEQUENCE, aggregateSequence));
        collection.updateOne(Filters.eq("_id", id), Updates.combine(updates), new UpdateOptions().upsert(true));
        return true;
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
