package cn.gov.qingyuan.plan.views.indicators;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A MongoDB collection of facts with an in-memory copy for computing views fast. The copy is loaded from MongoDB at
 * start-up and is complete, so it decides whether an event is newer than the fact it would replace (by the event's
 * aggregate sequence); only then is the fact written, to MongoDB first (by {@code _id} alone, which the stand-in finds
 * by its index, where a conditional filter makes it scan the collection), then to memory. A crash between the two
 * loses nothing: MongoDB is reloaded at start-up and the uncommitted record is redelivered.
 *
 * <p>One writer per key: every key belongs to one aggregate, so to one Kafka partition, consumed by one thread of one
 * instance (ADR 0007).
 */
final class Mirror<T> {

    private static final String SEQUENCE = "_sequence";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    record Versioned<T>(long sequence, T value) {
    }

    private final MongoCollection<Document> collection;
    private final Function<T, Document> encode;
    private final Map<String, Versioned<T>> memory = new ConcurrentHashMap<>();

    Mirror(MongoCollection<Document> collection, Function<T, Document> encode, Function<Document, T> decode) {
        this.collection = collection;
        this.encode = encode;
        for (Document stored : collection.find()) {
            Number sequence = stored.get(SEQUENCE, Number.class);
            memory.put(stored.getString("_id"), new Versioned<>(sequence == null ? -1 : sequence.longValue(), decode.apply(stored)));
        }
    }

    /**
     * Records {@code value} as fact {@code key} unless a later (or the same) event already did.
     *
     * @return the fact it replaced (empty for a new fact), or null if nothing changed
     */
    Optional<T> put(String key, long sequence, T value) {
        Versioned<T> before = memory.get(key);
        if (before != null && before.sequence() >= sequence) {
            return null;
        }
        Document document = encode.apply(value).append(SEQUENCE, sequence);
        collection.replaceOne(Filters.eq("_id", key), document, UPSERT);
        memory.put(key, new Versioned<>(sequence, value));
        return Optional.ofNullable(before == null ? null : before.value());
    }

    void forEach(BiConsumer<String, T> action) {
        memory.forEach((key, versioned) -> action.accept(key, versioned.value()));
    }
}
