package cn.gov.qingyuan.plan.views.facts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A collection of facts whose newest aggregate sequence per key is kept in memory, so the guard against redelivered
 * and overtaken events needs no read. A fact is written only when its event is newer than the one it would replace:
 * handed to memory by the caller at once, and buffered for MongoDB (by {@code _id} alone, which the stand-in finds by
 * its index, where a conditional filter makes it scan the collection) until the consumer flushes, before it commits
 * its offsets: the live consumers after each record, a rebuild's replay after each poll, in one bulk write. A crash
 * before the flush loses nothing: MongoDB is reloaded at start-up and the uncommitted records are redelivered. Each
 * consumer thread buffers and flushes its own writes. A replay's mirror keeps only the sequences.
 *
 * <p>One writer per key: every key belongs to one aggregate, so to one Kafka partition, consumed by one thread of one
 * instance (ADR 0007).
 */
final class Mirror<T> {

    private static final String SEQUENCE = "_sequence";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> collection;
    private final Function<T, Document> encode;
    private final Map<String, Long> sequences = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, Document>> pending = ThreadLocal.withInitial(LinkedHashMap::new);

    private Mirror(MongoCollection<Document> collection, Function<T, Document> encode) {
        this.collection = collection;
        this.encode = encode;
    }

    /** A mirror of {@code collection}, loaded now: every stored fact is handed to {@code loaded}. */
    static <T> Mirror<T> stored(MongoCollection<Document> collection, Function<T, Document> encode, Function<Document, T> decode,
                                BiConsumer<String, T> loaded) {
        Mirror<T> mirror = new Mirror<>(collection, encode);
        for (Document stored : collection.find()) {
            Number sequence = stored.get(SEQUENCE, Number.class);
            String key = stored.getString("_id");
            mirror.sequences.put(key, sequence == null ? -1 : sequence.longValue());
            loaded.accept(key, decode.apply(stored));
        }
        return mirror;
    }

    /** A mirror that stores nothing: a replay's, rebuilt from the journal whenever it is needed. */
    static <T> Mirror<T> inMemory() {
        return new Mirror<>(null, null);
    }

    /** @return whether {@code value} was written: false when a later (or the same) event already wrote {@code key} */
    boolean put(String key, long sequence, T value) {
        Long before = sequences.get(key);
        if (before != null && before >= sequence) {
            return false;
        }
        if (collection != null) {
            pending.get().put(key, encode.apply(value).append(SEQUENCE, sequence));
        }
        sequences.put(key, sequence);
        return true;
    }

    /** Writes the calling thread's buffered facts in one unordered bulk write; on failure they stay buffered. */
    void flush() {
        Map<String, Document> writes = pending.get();
        if (writes.isEmpty()) {
            return;
        }
        collection.bulkWrite(writes.entrySet().stream()
                .map(write -> new ReplaceOneModel<>(Filters.eq("_id", write.getKey()), write.getValue(), UPSERT)).toList(), UNORDERED);
        writes.clear();
    }
}
