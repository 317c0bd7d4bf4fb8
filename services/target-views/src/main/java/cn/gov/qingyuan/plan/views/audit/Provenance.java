package cn.gov.qingyuan.plan.views.audit;

import cn.gov.qingyuan.plan.contracts.PlanZone;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.views.facts.Fact;
import cn.gov.qingyuan.plan.views.facts.Target;
import cn.gov.qingyuan.plan.views.figures.Explanation;
import cn.gov.qingyuan.plan.views.figures.Explanation.CountedFact;
import cn.gov.qingyuan.plan.views.figures.IndicatorRow;
import cn.gov.qingyuan.plan.views.history.JournalEntry;
import cn.gov.qingyuan.plan.views.history.VersionHistory;
import cn.gov.qingyuan.plan.views.history.VersionHistory.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Where one row's figure comes from: its explanation, each fact with the events that wrote it (docs/audit.md). */
record Provenance(String indicator, String scope, String period, String asOf, BigDecimal value, String unit, String note,
                  BigDecimal target, String status, Node explanation) {

    /** A figure and how it is made; {@code role} says what it is to the figure above it (null at the top). */
    record Node(String role, String indicator, String recipe, String formula, BigDecimal value, String note, String measure,
                BigDecimal divisor, List<FactBehind> facts, List<Node> parts) {
    }

    record FactBehind(String measure, String county, String member, String month, BigDecimal value, boolean counted,
                      List<EventBehind> events) {
    }

    /**
     * One event that wrote a fact, oldest first; the last made the fact as it stands.
     *
     * @param supersedes the figure it replaced, null for the first
     * @param late       recorded after the due date of the month the fact is about
     */
    record EventBehind(String eventId, String type, String aggregateId, long sequence, String recordedAt, String submittedAt,
                       String submittedBy, String role, String unit, String correlationId, BigDecimal value, BigDecimal supersedes,
                       String reason, boolean late) {

        static EventBehind of(Version version) {
            JournalEntry entry = version.entry();
            BigDecimal value = figure(version.value());
            BigDecimal replaced = version.replaced() == null ? null : figure(version.replaced());
            boolean late = version.value() instanceof Fact fact && recordedAfterDueDate(entry, fact.month());
            return new EventBehind(entry.eventId(), entry.type().name(), entry.aggregateId(), entry.sequence(), entry.recordedAt().toString(),
                    entry.submittedAt(), entry.submittedBy(), entry.role(), entry.unit(), entry.correlationId(), value, replaced,
                    entry.reason(), late);
        }

        private static BigDecimal figure(Object value) {
            if (value instanceof Fact fact) {
                return fact.value();
            }
            return value instanceof Target target ? target.value() : null;
        }
    }

    /** Whether the entry was recorded after the due date (8 days after the month) of {@code month}. */
    static boolean recordedAfterDueDate(JournalEntry entry, YearMonth month) {
        return LocalDate.ofInstant(entry.recordedAt(), PlanZone.QINGYUAN).isAfter(new ReportingPeriod(month).dueDate());
    }

    static Provenance of(IndicatorRow row, String period, String asOf, Explanation explanation, VersionHistory history) {
        return new Provenance(row.indicator(), row.scope(), period, asOf, explanation.value(), row.unit(), explanation.note(),
                row.target(), row.status().name(), node(null, explanation, history));
    }

    private static Node node(String role, Explanation explanation, VersionHistory history) {
        return new Node(role, explanation.indicator(), explanation.recipe(), explanation.formula(), explanation.value(),
                explanation.note(), explanation.measure(), explanation.divisor(),
                explanation.facts().stream().map(counted -> fact(counted, history)).toList(),
                explanation.parts().stream().map(part -> node(part.role(), part.explanation(), history)).toList());
    }

    private static FactBehind fact(CountedFact counted, VersionHistory history) {
        Fact fact = counted.fact();
        return new FactBehind(fact.measure().name(), fact.county(), fact.member(), fact.month().toString(), fact.value(), counted.counted(),
                history.of(fact).stream().map(EventBehind::of).toList());
    }
}
