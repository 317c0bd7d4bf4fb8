package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.projection.EventEnvelope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The facts of one event, written one by one (idempotently), then announced once if anything changed. */
final class FactBatch {

    private final FactStore store;
    private final FactChanges changes;
    private final EventEnvelope envelope;
    private final Set<Measure> measures = EnumSet.noneOf(Measure.class);
    private final Set<Integer> years = new LinkedHashSet<>();
    private String county;
    private boolean reporting;

    FactBatch(FactStore store, FactChanges changes, EventEnvelope envelope) {
        this.store = store;
        this.changes = changes;
        this.envelope = envelope;
    }

    FactBatch fact(Measure measure, String id, County county, String member, ReportingPeriod period, BigDecimal value) {
        return fact(measure, id, county, member, period.month(), value);
    }

    FactBatch fact(Measure measure, String id, County county, String member, YearMonth month, BigDecimal value) {
        if (store.fact(measure.name() + "|" + id, envelope, new Fact(measure, county.code(), member, month, value, envelope.recordedAt()))) {
            measures.add(measure);
            years.add(month.getYear());
            this.county = county.code();
        }
        return this;
    }

    /** A project's figure of a month, keyed by the project and month, so a correction replaces it. */
    FactBatch projectMonth(Measure measure, String projectId, County county, ReportingPeriod period, BigDecimal value) {
        return fact(measure, projectId + "|" + period, county, projectId, period, value);
    }

    /** One fact per measure of a return, keyed by the reporter and month, so a revision replaces them. */
    FactBatch figures(String reporter, County county, ReportingPeriod period, Map<Measure, BigDecimal> figures) {
        figures.forEach((measure, value) -> fact(measure, reporter + "|" + period, county, reporter, period, value));
        return this;
    }

    FactBatch submission(String kind, String unit, County county, ReportingPeriod period, LocalDate reportedOn, boolean late) {
        if (store.submission(envelope, new Submission(kind, unit, county.code(), period.month(), reportedOn, late))) {
            reporting = true;
            years.add(period.year());
            this.county = county.code();
        }
        return this;
    }

    void done() {
        if (!measures.isEmpty() || reporting) {
            changes.publish(new FactsChanged(Set.copyOf(measures), Set.of(), county, Set.copyOf(years), reporting, envelope));
        }
    }
}
