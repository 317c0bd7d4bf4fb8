package cn.gov.qingyuan.plan.views.history;

import cn.gov.qingyuan.plan.contracts.EventCatalogue;
import cn.gov.qingyuan.plan.contracts.PlanZone;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.projection.EventEnvelope;
import cn.gov.qingyuan.plan.projection.EventHandlers;
import cn.gov.qingyuan.plan.projection.Projection;
import cn.gov.qingyuan.plan.views.facts.Replay;
import cn.gov.qingyuan.plan.views.figures.FigureRules;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes every event of every topic to the {@link AuditJournal}, with what it is about read from its payload: the
 * auditors' trail and the history every past view is replayed from. Its own consumer group, so it never holds up the
 * live views.
 */
@Component
class JournalProjection implements Projection {

    /** The payload fields that date an event without a period (completions, launches, milestones). */
    private static final List<String> DATE_FIELDS = List.of("completedOn", "acceptedOn", "launchedOn", "connectedOn", "reachedOn",
            "startedOn", "issuedOn");
    private static final List<String> REPLACED_FIELDS = List.of("previousFigures", "previousAmountWanYuan", "previousValue");

    private final AuditJournal journal;
    private final FigureRules rules;
    private final ObjectMapper json;

    JournalProjection(AuditJournal journal, FigureRules rules, ObjectMapper json) {
        this.journal = journal;
        this.rules = rules;
        this.json = json;
    }

    @Override
    public String name() {
        return "audit-journal";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.INDUSTRIAL_PROJECTS, Topics.TECHNICAL_RETROFIT, Topics.INDUSTRY_STATISTICS, Topics.PARK_METRICS,
                Topics.ENERGY_AUDITS, Topics.PLAN_TARGETS);
    }

    @Override
    public EventHandlers handlers() {
        EventHandlers handlers = new EventHandlers();
        EventCatalogue.all().forEach(type -> register(handlers, type));
        return handlers;
    }

    private <T> void register(EventHandlers handlers, Class<T> type) {
        handlers.on(type, this::record);
    }

    private void record(Object event, EventEnvelope envelope) {
        JsonNode payload = json.valueToTree(event);
        String period = period(payload);
        journal.record(new JournalEntry(envelope.id(), envelope.type(), envelope.topic(), envelope.source(), envelope.aggregateId(),
                envelope.aggregateSequence(), envelope.recordedAt(), envelope.submittedAt(), envelope.submittedBy(),
                envelope.submitterRole(), envelope.organisation(), envelope.correlationId(), text(payload, "county"), period,
                indicators(event, envelope), late(payload, period, envelope), text(payload, "reason"), replaced(payload),
                write(event), envelope.partition(), envelope.offset()));
    }

    private List<String> indicators(Object event, EventEnvelope envelope) {
        Set<String> indicators = new LinkedHashSet<>();
        Replay.changesOf(event, envelope).forEach(change -> indicators.addAll(rules.indicatorsChangedBy(change)));
        return List.copyOf(indicators);
    }

    private static String period(JsonNode payload) {
        for (String field : List.of("period", "year")) {
            if (payload.hasNonNull(field)) {
                return payload.get(field).asText();
            }
        }
        for (String field : DATE_FIELDS) {
            if (payload.hasNonNull(field)) {
                return YearMonth.from(LocalDate.parse(payload.get(field).asText())).toString();
            }
        }
        return null;
    }

    /** The payload's own flag; else, for an event about a month, whether it was recorded after the month's due date. */
    private static Boolean late(JsonNode payload, String period, EventEnvelope envelope) {
        if (payload.has("late")) {
            return payload.get("late").asBoolean();
        }
        if (period == null || period.length() != 7) {
            return null;
        }
        return LocalDate.ofInstant(envelope.recordedAt(), PlanZone.QINGYUAN).isAfter(new ReportingPeriod(YearMonth.parse(period)).dueDate());
    }

    private static JsonNode replaced(JsonNode payload) {
        return REPLACED_FIELDS.stream().filter(payload::hasNonNull).map(payload::get).findFirst().orElse(null);
    }

    private static String text(JsonNode payload, String field) {
        return payload.hasNonNull(field) ? payload.get(field).asText() : null;
    }

    private String write(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getName(), e);
        }
    }
}
