package cn.gov.qingyuan.plan.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The highest aggregate sequence a consumer group has taken of each aggregate, so that a record beyond the next one (a
 * gap: events in between are missing) is held back rather than applied: applied, it would be the newest fact and freeze
 * it against the corrections that come with the sequences it skipped. A record at or below the highest is let through:
 * a redelivery, which the handlers skip idempotently. Topics keep every record and a group starts at offset 0, so an
 * aggregate's first record has sequence 0.
 *
 * <p>Kept in memory and written to {@code aggregate_sequences} before the group commits its offsets ({@link #write}),
 * one document per group and aggregate. The group's documents are read once at the start; a sequence that looks like a
 * gap is looked up again first, since another instance of the group may have taken the aggregate's partition meanwhile.
 */
final class AggregateSequences {

    static final String COLLECTION = "aggregate_sequences";
    private static final int WRITE_CHUNK = 1_000;

    private final MongoCollection<Document> collection;
    private final String group;
    private final Map<String, Long> highest = new ConcurrentHashMap<>();
    private final Map<String, Long> unwritten = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    AggregateSequences(MongoDatabase database, String group) {
        this.collection = database.getCollection(COLLECTION);
        this.group = group;
    }

    /** @return why {@code sequence} of {@code aggregate} is held back, or null when it follows or was taken before */
    String gap(String aggregate, long sequence) {
        load();
        long last = highest.getOrDefault(aggregate, -1L);
        if (sequence <= last + 1) {
            return null;
        }
        last = Math.max(last, stored(aggregate));
        if (sequence <= last + 1) {
            highest.merge(aggregate, last, Math::max);
            return null;
        }
        return last < 0
                ? "sequence " + sequence + " of aggregate " + aggregate + " is its first: events 0.." + (sequence - 1) + " are missing"
                : "sequence " + sequence + " of aggregate " + aggregate + " follows " + last + ": events " + (last + 1) + ".."
                + (sequence - 1) + " are missing";
    }

    /** The record at {@code sequence} was applied (or is one the projection ignores). */
    void taken(String aggregate, long sequence) {
        long now = highest.merge(aggregate, sequence, Math::max);
        unwritten.merge(aggregate, now, Math::max);
    }

    /** Writes what was taken since the last write; called before offsets are committed. Throws when the store is unavailable. */
    void write() {
        if (unwritten.isEmpty()) {
            return;
        }
        List<Map.Entry<String, Long>> taken = List.copyOf(unwritten.entrySet());
        for (int from = 0; from < taken.size(); from += WRITE_CHUNK) {
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (Map.Entry<String, Long> entry : taken.subList(from, Math.min(taken.size(), from + WRITE_CHUNK))) {
                writes.add(new UpdateOneModel<>(Filters.eq("_id", id(entry.getKey())), Updates.combine(Updates.set("group", group),
                        Updates.set("aggregate", entry.getKey()), Updates.max("sequence", entry.getValue())), new UpdateOptions().upsert(true)));
            }
            collection.bulkWrite(writes);
        }
        taken.forEach(entry -> unwritten.remove(entry.getKey(), entry.getValue()));
    }

    private void load() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    for (Document stored : collection.find(Filters.eq("group", group))) {
                        highest.merge(stored.getString("aggregate"), stored.get("sequence", Number.class).longValue(), Math::max);
                    }
                    loaded = true;
                }
            }
        }
    }

    private long stored(String aggregate) {
        Document stored = collection.find(Filters.eq("_id", id(aggregate))).first();
        return stored == null ? -1 : stored.get("sequence", Number.class).longValue();
    }

    private String id(String aggregate) {
        return group + "|" + aggregate;
    }
}
