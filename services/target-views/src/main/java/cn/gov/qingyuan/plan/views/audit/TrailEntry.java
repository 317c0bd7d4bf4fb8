package cn.gov.qingyuan.plan.views.audit;

import cn.gov.qingyuan.plan.views.history.JournalEntry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Arrays;
import java.util.List;

/**
 * One event of the trail as an auditor reads it: who (subject, role, unit), when (recorded, submitted), which request,
 * what it is about, and for a correction or revision its reason and the figure it replaced.
 */
record TrailEntry(String eventId, String type, int version, String topic, String aggregateId, long sequence, String recordedAt,
                  String submittedAt, String submittedBy, String role, String unit, String correlationId, String county, String period,
                  List<String> indicators, Boolean late, String reason, JsonNode replaced, JsonNode data) {

    static final List<String> COLUMNS = List.of("recordedAt", "submittedAt", "type", "version", "topic", "aggregateId", "sequence",
            "submittedBy", "role", "unit", "county", "period", "indicators", "late", "reason", "replaced", "correlationId", "eventId", "data");

    static TrailEntry of(JournalEntry entry, ObjectMapper json) {
        try {
            return new TrailEntry(entry.eventId(), entry.type().name(), entry.type().version(), entry.topic(), entry.aggregateId(),
                    entry.sequence(), entry.recordedAt().toString(), entry.submittedAt(), entry.submittedBy(), entry.role(), entry.unit(),
                    entry.correlationId(), entry.county(), entry.period(), entry.indicators(), entry.late(), entry.reason(),
                    entry.replaced(), json.readTree(entry.data()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal entry " + entry.eventId() + " holds unreadable JSON", e);
        }
    }

    /** The entry's cells in {@link #COLUMNS}' order, for the CSV and XLSX exports. */
    List<String> cells() {
        return Arrays.asList(recordedAt, submittedAt, type, Integer.toString(version), topic, aggregateId, Long.toString(sequence),
                submittedBy, role, unit, county, period, String.join(";", indicators), late == null ? null : late.toString(), reason,
                replaced == null ? null : replaced.toString(), correlationId, eventId, data.toString());
    }
}
