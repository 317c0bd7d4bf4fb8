package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.views.facts.Fact;
import cn.gov.qingyuan.plan.views.facts.FactIndex;
import cn.gov.qingyuan.plan.views.facts.Measure;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A measure's figure for a scope and a span of months, from its facts, by how the measure's facts add up
 * ({@link Measure.Kind}).
 */
final class MeasureFigures {

    private final FactIndex facts;

    MeasureFigures(FactIndex facts) {
        this.facts = facts;
    }

    /** A measure's figure in the events' unit, by its kind (see {@link Measure.Kind}). */
    Figure of(Measure measure, Scope scope, TargetPeriod period, YearMonth through) {
        return switch (measure.kind()) {
            case MONTHLY_FLOW, EVENT_FLOW -> flow(measure, scope, period, through);
            case YEAR_TO_DATE -> yearToDate(measure, scope, period, through);
            case STOCK -> latestLevel(measure, scope, period, through);
            case DISTINCT_PER_YEAR -> distinctPerYear(measure, scope, period, through);
            case DISTINCT_CUMULATIVE -> distinct(facts.factsUpTo(measure, period.lastYear()), scope, through, measure);
        };
    }

    /** Flows add up, so they are read from the running monthly totals per county rather than from every fact. */
    private Figure flow(Measure measure, Scope scope, TargetPeriod period, YearMonth through) {
        Sum sum = new Sum();
        YearMonth first = YearMonth.of(period.firstYear(), 1);
        YearMonth last = YearMonth.of(period.lastYear(), 12).isAfter(through) ? through : YearMonth.of(period.lastYear(), 12);
        for (County county : County.values()) {
            if (!scope.includes(county.code())) {
                continue;
            }
            facts.flowTotals(measure, county.code()).forEach((month, total) -> {
                if (total.facts() > 0 && !month.isBefore(first) && !month.isAfter(last)) {
                    sum.add(total.sum(), month);
                }
            });
        }
        return sum.figure(measure);
    }

    private Figure yearToDate(Measure measure, Scope scope, TargetPeriod period, YearMonth through) {
        Sum sum = new Sum();
        for (int year = period.firstYear(); year <= period.lastYear(); year++) {
            latestPerMember(facts.facts(measure, year), scope, through).values().forEach(fact -> sum.add(fact.value(), fact.month()));
        }
        return sum.figure(measure);
    }

    private Figure latestLevel(Measure measure, Scope scope, TargetPeriod period, YearMonth through) {
        List<Fact> all = new ArrayList<>();
        for (int year = period.firstYear(); year <= period.lastYear(); year++) {
            all.addAll(facts.facts(measure, year));
        }
        Sum sum = new Sum();
        latestPerMember(all, scope, through).values().forEach(fact -> sum.add(fact.value(), fact.month()));
        return sum.figure(measure);
    }

    private Figure distinctPerYear(Measure measure, Scope scope, TargetPeriod period, YearMonth through) {
        BigDecimal total = BigDecimal.ZERO;
        YearMonth latest = null;
        for (int year = period.firstYear(); year <= period.lastYear(); year++) {
            Figure yearly = distinct(facts.facts(measure, year), scope, through, measure);
            total = total.add(yearly.value());
            latest = Figure.later(latest, yearly.latestMonth());
        }
        return Figure.of(total, latest);
    }

    private static Figure distinct(Iterable<Fact> candidates, Scope scope, YearMonth through, Measure measure) {
        Set<String> members = new HashSet<>();
        YearMonth latest = null;
        for (Fact fact : candidates) {
            if (counts(fact, scope, through)) {
                members.add(fact.member());
                latest = Figure.later(latest, fact.month());
            }
        }
        return Figure.of(BigDecimal.valueOf(members.size()), latest);
    }

    private static Map<String, Fact> latestPerMember(Iterable<Fact> candidates, Scope scope, YearMonth through) {
        Map<String, Fact> latest = new HashMap<>();
        for (Fact fact : candidates) {
            if (counts(fact, scope, through)) {
                latest.merge(fact.member(), fact, (a, b) -> b.month().isAfter(a.month()) ? b : a);
            }
        }
        return latest;
    }

    private static boolean counts(Fact fact, Scope scope, YearMonth through) {
        return fact.value() != null && scope.includes(fact.county()) && !fact.month().isAfter(through);
    }

    /** A running total that remembers whether anything was added and the latest month behind it. */
    private static final class Sum {
        private BigDecimal total = BigDecimal.ZERO;
        private YearMonth latest;
        private boolean any;

        void add(BigDecimal value, YearMonth month) {
            total = total.add(value);
            latest = Figure.later(latest, month);
            any = true;
        }

        Figure figure(Measure measure) {
            if (!any && !measure.kind().zeroWhenNothingReported()) {
                return new Figure(null, null, null);
            }
            return Figure.of(total, latest);
        }
    }
}
