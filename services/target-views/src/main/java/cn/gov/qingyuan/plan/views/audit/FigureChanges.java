package cn.gov.qingyuan.plan.views.audit;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.Indicator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.views.audit.Provenance.EventBehind;
import cn.gov.qingyuan.plan.views.facts.Fact;
import cn.gov.qingyuan.plan.views.facts.Measure;
import cn.gov.qingyuan.plan.views.figures.FigureRules;
import cn.gov.qingyuan.plan.views.figures.IndicatorRow;
import cn.gov.qingyuan.plan.views.figures.Views.IndicatorView;
import cn.gov.qingyuan.plan.views.history.PastViews.Past;
import cn.gov.qingyuan.plan.views.history.VersionHistory.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The figures that differ between two moments, each with the events recorded in between that changed the facts or
 * targets behind it. Both moments' rows come from the views as they stood (the one set of figure rules).
 */
final class FigureChanges {

    /** What a row showed at one moment. */
    record Shown(BigDecimal actual, BigDecimal target) {

        static Shown of(IndicatorRow row) {
            return new Shown(row.actual(), row.target());
        }

        boolean differs(Shown other) {
            return !same(actual, other.actual) || !same(target, other.target);
        }

        private static boolean same(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    /** @param events the events between the two moments behind the change, each with the fact's month (null for a target) */
    record Change(String indicator, String scope, String period, Shown before, Shown after, List<ChangeEvent> events) {
    }

    record ChangeEvent(String month, String county, String measure, EventBehind event) {
    }

    /** What to compare: the indicators, periods and county (null: the city and every county). */
    record Selection(List<Indicator> indicators, List<TargetPeriod> periods, County county, boolean lateOnly) {
    }

    private FigureChanges() {
    }

    static List<Change> between(Past before, Past after, FigureRules rules, Selection selection) {
        List<Change> changes = new ArrayList<>();
        for (TargetPeriod period : selection.periods()) {
            for (Indicator indicator : selection.indicators()) {
                String code = indicator.code().value();
                Map<String, IndicatorRow> then = rows(before, code, period);
                Map<String, IndicatorRow> now = rows(after, code, period);
                now.forEach((scope, row) -> {
                    if (selection.county() != null && !selection.county().code().equals(scope)) {
                        return;
                    }
                    Shown was = Shown.of(then.get(scope));
                    Shown is = Shown.of(row);
                    if (!was.differs(is)) {
                        return;
                    }
                    List<ChangeEvent> events = events(after, before.asOf(), rules.measuresOf(code), code, scope, period, selection.lateOnly());
                    if (!selection.lateOnly() || !events.isEmpty()) {
                        changes.add(new Change(code, scope, period.toString(), was, is, events));
                    }
                });
            }
        }
        return changes;
    }

    private static Map<String, IndicatorRow> rows(Past past, String indicator, TargetPeriod period) {
        IndicatorView view = past.figures().views().indicator(indicator, period, past.today()).orElseThrow();
        Map<String, IndicatorRow> rows = new LinkedHashMap<>();
        rows.put("city", view.city());
        view.counties().forEach(row -> rows.put(row.scope(), row));
        return rows;
    }

    /** The writes recorded after {@code since} of the facts and targets the row reads. */
    private static List<ChangeEvent> events(Past after, Instant since, Set<Measure> measures, String indicator, String scope,
                                            TargetPeriod period, boolean lateOnly) {
        List<ChangeEvent> events = new ArrayList<>();
        after.history().each(version -> {
            if (!version.entry().recordedAt().isAfter(since)) {
                return;
            }
            if (version.value() instanceof Fact fact && measures.contains(fact.measure()) && inScope(scope, fact.county())
                    && within(period, fact.month().getYear())) {
                EventBehind event = EventBehind.of(version);
                if (!lateOnly || event.late()) {
                    events.add(new ChangeEvent(fact.month().toString(), fact.county(), fact.measure().name(), event));
                }
            } else if (!lateOnly && isTargetOf(version, indicator, scope, period)) {
                events.add(new ChangeEvent(null, "city".equals(scope) ? null : scope, null, EventBehind.of(version)));
            }
        });
        return events;
    }

    private static boolean inScope(String scope, String county) {
        return "city".equals(scope) || scope.equals(county);
    }

    private static boolean within(TargetPeriod period, int year) {
        return year >= period.firstYear() && year <= period.lastYear();
    }

    /** {@code target|city|<indicator>|<period>} or {@code target|county|<indicator>|<year>|<county>} of this row. */
    private static boolean isTargetOf(Version version, String indicator, String scope, TargetPeriod period) {
        String[] key = version.key().split("\\|");
        if (!key[0].equals("target") || key.length < 4 || !key[2].equals(indicator)) {
            return false;
        }
        TargetPeriod of = TargetPeriod.parse(key[3]);
        boolean overlaps = of.firstYear() <= period.lastYear() && of.lastYear() >= period.firstYear();
        return overlaps && ("city".equals(scope) ? key[1].equals("city") : key[1].equals("county") && Objects.equals(key[4], scope));
    }
}
