package cn.gov.qingyuan.plan.views.facts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A MongoDB collection of facts whose newest aggregate sequence per key is kept in memory, so the guard against
 * redelivered and overtaken events needs no read. A fact is written only when its event is newer than the one it
 * would replace, to MongoDB first (by {@code _id} alone, which the stand-in finds by its index, where a conditional
 * filter makes it scan the collection), then handed to memory by the caller. A crash between the two loses nothing:
 * MongoDB is reloaded at start-up and the uncommitted record is redelivered.
 *
 * <p>One writer per key: every key belongs to one aggregate, so to one Kafka partition, consumed by one thread of one
 * instance (ADR 0007).
 */
final class Mirror<T> {

    private static final String SEQUENCE = "_sequence";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final Function<T, Document> encode;
    private final Map<String, Long> sequences = new ConcurrentHashMap<>();

    /** Loads the collection, handing every stored fact to {@code loaded}. */
    Mirror(MongoCollection<Document> collection, Function<T, Document> encode, Function<Document, T> decode, BiConsumer<String, T> loaded) {
        this.collection = collection;
        this.encode = encode;
        for (Document stored : collection.find()) {
            Number sequence = stored.get(SEQUENCE, Number.class);
            String key = stored.getString("_id");
            sequences.put(key, sequence == null ? -1 : sequence.longValue());
            loaded.accept(key, decode.apply(stored));
        }
    }

    /** @return whether {@code value} was written: false when a later (or the same) event already wrote {@code key} */
    boolean put(String key, long sequence, T value) {
        Long before = sequences.get(key);
        if (before != null && before >= sequence) {
            return false;
        }
        collection.replaceOne(Filters.eq("_id", key), encode.apply(value).append(SEQUENCE, sequence), UPSERT);
        sequences.put(key, sequence);
        return true;
    }
}
