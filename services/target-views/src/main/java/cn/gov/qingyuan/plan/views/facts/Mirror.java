package cn.gov.qingyuan.plan.views.facts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * <p>A rebuild's mirror defers its writes instead: until the rebuild has caught up it keeps only the newest value of
 * each key, then writes them all at once as a snapshot, a few large documents ({@value #SNAPSHOT_CHUNK} facts each, in
 * {@code <collection>_snapshot}) rather than one per fact, the stand-in's costliest operation; after that it writes
 * each fact as the live mirrors do. Loading reads the snapshot first, then the facts written since, newest sequence
 * first.
 *
 * <p>One writer per key: every key belongs to one aggregate, so to one Kafka partition, consumed by one thread of one
 * instance (ADR 0007).
 */
final class Mirror<T> {

    private static final String SEQUENCE = "_sequence";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    static final int SNAPSHOT_CHUNK = 5_000;
    private static final int SNAPSHOT_BATCH = 4;

    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> snapshot;
    private final Function<T, Document> encode;
    private final Map<String, Long> sequences = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, Document>> pending = ThreadLocal.withInitial(LinkedHashMap::new);
    /** The newest value of each key while writes are deferred (a rebuild before it caught up); null once written. */
    private volatile Map<String, T> deferred;

    private Mirror(MongoCollection<Document> collection, MongoCollection<Document> snapshot, Function<T, Document> encode) {
        this.collection = collection;
        this.snapshot = snapshot;
        this.encode = encode;
    }

    /**
     * A mirror of {@code collection} (and its snapshot), loaded now: every stored fact is handed to {@code loaded}.
     *
     * @param deferring whether writes wait for {@link #writeSnapshot} (a rebuild's new, empty generation)
     */
    static <T> Mirror<T> stored(MongoDatabase database, String collection, Function<T, Document> encode, Function<Document, T> decode,
                                BiConsumer<String, T> loaded, boolean deferring) {
        Mirror<T> mirror = new Mirror<>(database.getCollection(collection), database.getCollection(collection + "_snapshot"), encode);
        // A few chunks per reply: each is about a megabyte and a half, and the stand-in does not cut replies at 16 MB.
        for (Document chunk : mirror.snapshot.find().batchSize(SNAPSHOT_BATCH)) {
            for (Document stored : chunk.getList("facts", Document.class)) {
                mirror.load(stored, decode, loaded);
            }
        }
        for (Document stored : mirror.collection.find()) {
            mirror.load(stored, decode, loaded);
        }
        if (deferring) {
            mirror.deferred = new LinkedHashMap<>();
        }
        return mirror;
    }

    private void load(Document stored, Function<Document, T> decode, BiConsumer<String, T> loaded) {
        Number number = stored.get(SEQUENCE, Number.class);
        long sequence = number == null ? -1 : number.longValue();
        String key = stored.getString("_id");
        Long before = sequences.get(key);
        if (before == null || before < sequence) {
            sequences.put(key, sequence);
            loaded.accept(key, decode.apply(stored));
        }
    }

    /** A mirror that stores nothing: a replay's, rebuilt from the journal whenever it is needed. */
    static <T> Mirror<T> inMemory() {
        return new Mirror<>(null, null, null);
    }

    /** @return whether {@code value} was written: false when a later (or the same) event already wrote {@code key} */
    boolean put(String key, long sequence, T value) {
        Long before = sequences.get(key);
        if (before != null && before >= sequence) {
            return false;
        }
        Map<String, T> deferring = deferred;
        if (deferring != null) {
            deferring.put(key, value);
        } else if (collection != null) {
            pending.get().put(key, encode.apply(value).append(SEQUENCE, sequence));
        }
        sequences.put(key, sequence);
        return true;
    }

    /**
     * Writes every deferred value as the snapshot, in chunks, and from then on writes as the live mirrors do; nothing
     * when writes were not deferred. Run by the one thread that writes this mirror. A failure leaves the values
     * deferred, so it can be run again (the chunks already written are replaced).
     */
    void writeSnapshot() {
        Map<String, T> values = deferred;
        if (values == null) {
            return;
        }
        List<Document> facts = new ArrayList<>(SNAPSHOT_CHUNK);
        int chunk = 0;
        for (Map.Entry<String, T> value : values.entrySet()) {
            facts.add(encode.apply(value.getValue()).append("_id", value.getKey()).append(SEQUENCE, sequences.get(value.getKey())));
            if (facts.size() == SNAPSHOT_CHUNK) {
                snapshot.replaceOne(Filters.eq("_id", chunk++), new Document("_id", chunk - 1).append("facts", facts), UPSERT);
                facts = new ArrayList<>(SNAPSHOT_CHUNK);
            }
        }
        if (!facts.isEmpty()) {
            snapshot.replaceOne(Filters.eq("_id", chunk), new Document("_id", chunk).append("facts", facts), UPSERT);
        }
        deferred = null;
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
