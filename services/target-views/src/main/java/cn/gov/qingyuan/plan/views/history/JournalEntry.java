package cn.gov.qingyuan.plan.views.history;

import cn.gov.qingyuan.plan.contracts.EventCatalogue;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.projection.EventEnvelope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One event of any service as the audit journal keeps it: the envelope (who, when, which request), what the payload is
 * about (county, period, the indicators it feeds), and the payload itself as the producer wrote it.
 *
 * @param recordedAt  when the producer's store recorded it: the journal's order and every {@code asOf}'s cut-off
 * @param period      the month or target period the event is about ({@code 2016-06}, {@code 2016}, {@code 2015-2017}), null if none
 * @param indicators  the indicators whose figures it can change
 * @param late        a report accepted after its due date, or a correction or revision recorded after it; null when no
 *                    deadline applies
 * @param reason      a correction's or revision's reason
 * @param replaced    the figure or figures a correction or revision replaces
 * @param data        the payload as JSON text
 */
public record JournalEntry(String eventId, EventType type, String topic, String source, String aggregateId, long sequence,
                           Instant recordedAt, String submittedAt, String submittedBy, String role, String unit, String correlationId,
                           String county, String period, List<String> indicators, Boolean late, String reason, JsonNode replaced,
                           String data, int partition, long offset) {

    /** What a replay for the views alone reads of an entry (its payload and the envelope the handlers use). */
    static final List<String> REPLAYED_FIELDS = List.of("at", "type", "version", "aggregateId", "sequence", "data");

    /** The journal's order: micro-seconds since the epoch (a store's timestamp has no finer grain worth keeping). */
    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    Document toDocument() {
        return new Document("_id", eventId).append("type", type.name()).append("version", type.version()).append("topic", topic)
                .append("source", source).append("aggregateId", aggregateId).append("sequence", sequence)
                .append("at", micros(recordedAt)).append("recordedAt", recordedAt.toString()).append("submittedAt", submittedAt)
                .append("submittedBy", submittedBy).append("role", role).append("unit", unit).append("correlationId", correlationId)
                .append("county", county).append("period", period).append("indicators", indicators).append("late", late)
                .append("reason", reason).append("replaced", replaced == null ? null : replaced.toString()).append("data", data)
                .append("partition", partition).append("offset", offset);
    }

    static JournalEntry fromDocument(Document stored, ObjectMapper json) {
        String replaced = stored.getString("replaced");
        try {
            return new JournalEntry(stored.getString("_id"), new EventType(stored.getString("type"), stored.getInteger("version")),
                    stored.getString("topic"), stored.getString("source"), stored.getString("aggregateId"), number(stored, "sequence"),
                    Instant.EPOCH.plus(number(stored, "at"), ChronoUnit.MICROS), stored.getString("submittedAt"), stored.getString("submittedBy"),
                    stored.getString("role"), stored.getString("unit"), stored.getString("correlationId"), stored.getString("county"),
                    stored.getString("period"), stored.getList("indicators", String.class, List.of()), stored.getBoolean("late"),
                    stored.getString("reason"), replaced == null ? null : json.readTree(replaced), stored.getString("data"),
                    (int) number(stored, "partition"), number(stored, "offset"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal entry " + stored.getString("_id") + " holds unreadable JSON", e);
        }
    }

    private static long number(Document stored, String field) {
        Number value = stored.get(field, Number.class);
        return value == null ? -1 : value.longValue();
    }

    /** This entry without its payload: what a provenance keeps of each event. */
    JournalEntry withoutData() {
        return new JournalEntry(eventId, type, topic, source, aggregateId, sequence, recordedAt, submittedAt, submittedBy, role, unit,
                correlationId, county, period, indicators, late, reason, replaced, null, partition, offset);
    }

    /** The envelope the live consumer saw, so a replay's handlers see what the live ones did. */
    public EventEnvelope envelope() {
        return new EventEnvelope(eventId, type, source, aggregateId, sequence, OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC),
                submittedBy, unit, role, submittedAt, correlationId, topic, partition, offset);
    }

    /** The typed payload, read as the live consumer reads it. */
    public Object event(ObjectMapper json) {
        Class<?> contract = EventCatalogue.byName(type.name())
                .orElseThrow(() -> new IllegalStateException("journal entry " + eventId + " has an unknown type " + type.name()));
        try {
            return json.readValue(data, contract);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal entry " + eventId + " is not a valid " + type.cloudEventType(), e);
        }
    }
}
