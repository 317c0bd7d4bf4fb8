package cn.gov.qingyuan.plan.views.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Every event of every service, kept in MongoDB (collection {@code audit_events}) by the journal projection, in the
 * order the producers' stores recorded them. Written by event id, so a redelivery changes nothing. Like every read
 * model it can be rebuilt from the topics; the command services' stores stay the authority.
 */
@Component
public class AuditJournal {

    private static final Bson ORDER = Sorts.ascending("at", "_id");
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    /** Entries fetched per round trip when a whole selection is read (the stand-in would otherwise send it in one reply). */
    private static final int BATCH = 1_000;

    private final MongoCollection<Document> events;
    private final ObjectMapper json;
    private final AtomicLong writes = new AtomicLong();

    AuditJournal(MongoDatabase database, ObjectMapper json) {
        this.events = database.getCollection("audit_events");
        this.json = json;
        // The journal's order, and one per filter a trail page is usually asked by, each ending in that order, so MongoDB
        // walks a page from its cursor instead of sorting the selection (the stand-in scans whatever it is given).
        events.createIndex(Indexes.ascending("at", "_id"));
        for (String filter : List.of("county", "unit", "aggregateId", "correlationId", "submittedBy", "type", "indicators")) {
            events.createIndex(Indexes.ascending(filter, "at", "_id"));
        }
    }

    void record(JournalEntry entry) {
        events.replaceOne(Filters.eq("_id", entry.eventId()), entry.toDocument(), UPSERT);
        writes.incrementAndGet();
    }

    /** Changes with every write: what a result computed from the journal is valid for. */
    long version() {
        return writes.get();
    }

    /** One page of the entries {@code filter} selects, after {@code cursor} (null: from the start). */
    public Page page(Bson filter, Cursor cursor, int limit) {
        Bson after = cursor == null ? filter : Filters.and(filter, Filters.or(Filters.gt("at", cursor.at()),
                Filters.and(Filters.eq("at", cursor.at()), Filters.gt("_id", cursor.eventId()))));
        List<JournalEntry> entries = new ArrayList<>();
        for (Document stored : events.find(after).sort(ORDER).limit(limit + 1)) {
            entries.add(JournalEntry.fromDocument(stored, json));
        }
        if (entries.size() <= limit) {
            return new Page(entries, null);
        }
        JournalEntry last = entries.get(limit - 1);
        return new Page(entries.subList(0, limit), new Cursor(JournalEntry.micros(last.recordedAt()), last.eventId()));
    }

    /** Every entry {@code filter} selects, in order, read from MongoDB as they are handed on (never all in memory). */
    public void each(Bson filter, Consumer<JournalEntry> action) {
        each(events.find(filter).sort(ORDER), action);
    }

    /**
     * The same in no particular order, each entry with only what a replay's handlers read (type, aggregate, sequence,
     * time, payload): the knowledge a replay builds does not depend on the order, since every fact keeps the write of its
     * aggregate's highest sequence, so the store is spared the sort.
     */
    void eachToReplay(Bson filter, Consumer<JournalEntry> action) {
        each(events.find(filter).projection(Projections.include(JournalEntry.REPLAYED_FIELDS)), action);
    }

    private void each(FindIterable<Document> found, Consumer<JournalEntry> action) {
        try (MongoCursor<Document> cursor = found.batchSize(BATCH).iterator()) {
            while (cursor.hasNext()) {
                action.accept(JournalEntry.fromDocument(cursor.next(), json));
            }
        }
    }

    /** The filter of the entries recorded at or before {@code instant}. */
    public static Bson recordedBy(Instant instant) {
        return Filters.lte("at", JournalEntry.micros(instant));
    }

    /** The filter of the entries recorded at or after {@code instant}. */
    public static Bson recordedFrom(Instant instant) {
        return Filters.gte("at", JournalEntry.micros(instant));
    }

    public record Page(List<JournalEntry> entries, Cursor next) {
    }

    /** Where a page ends: the last entry's position in the journal's order. */
    public record Cursor(long at, String eventId) {
    }
}
