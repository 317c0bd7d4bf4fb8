package cn.gov.qingyuan.plan.views.indicators;

import cn.gov.qingyuan.plan.projection.ReadModels;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A MongoDB collection of facts with an in-memory copy for computing views fast. MongoDB is the record: a fact is
 * written there first, guarded by its aggregate sequence ({@link ReadModels#setIfNewer}), and only a write MongoDB
 * accepted reaches memory, under the same guard. Memory is reloaded from MongoDB at start-up, so both always hold
 * the newest version of every fact whatever order or how often events arrived.
 */
final class Mirror<T> {

    private static final String SEQUENCE = "_sequence";

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
        List<Bson> fields = new ArrayList<>();
        encode.apply(value).forEach((name, field) -> fields.add(Updates.set(name, field)));
        if (!ReadModels.setIfNewer(collection, key, sequence, fields.toArray(Bson[]::new))) {
            return null;
        }
        Versioned<T> before = memory.get(key);
        if (before != null && before.sequence() >= sequence) {
            return null;
        }
        memory.put(key, new Versioned<>(sequence, value));
        return Optional.ofNullable(before == null ? null : before.value());
    }

    void forEach(BiConsumer<String, T> action) {
        memory.forEach((key, versioned) -> action.accept(key, versioned.value()));
    }

    int size() {
        return memory.size();
    }
}
