package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.views.facts.Fact;
import cn.gov.qingyuan.plan.views.facts.FactIndex;
import cn.gov.qingyuan.plan.views.facts.Measure;
import cn.gov.qingyuan.plan.views.figures.Explanation.CountedFact;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
            default -> figure(measure, counted(measure, scope, period, through));
        };
    }

    /**
     * The facts behind a measure's figure, sorted by county, member and month; {@code counted} marks those it adds up
     * (or counts, once per member). {@link #of} is these facts' sum or count; flows read it from running totals.
     */
    List<CountedFact> counted(Measure measure, Scope scope, TargetPeriod period, YearMonth through) {
        List<CountedFact> counted = new ArrayList<>();
        switch (measure.kind()) {
            case MONTHLY_FLOW, EVENT_FLOW -> {
                for (int year = period.firstYear(); year <= period.lastYear(); year++) {
                    eligible(facts.facts(measure, year), scope, through).forEach(fact -> counted.add(new CountedFact(fact, true)));
                }
            }
            case YEAR_TO_DATE -> {
                for (int year = period.firstYear(); year <= period.lastYear(); year++) {
                    latestPerMember(facts.facts(measure, year), scope, through).forEach(fact -> counted.add(new CountedFact(fact, true)));
                }
            }
            case STOCK -> {
                List<Fact> all = new ArrayList<>();
                for (int year = period.firstYear(); year <= period.lastYear(); year++) {
                    all.addAll(facts.facts(measure, year));
                }
                latestPerMember(all, scope, through).forEach(fact -> counted.add(new CountedFact(fact, true)));
            }
            case DISTINCT_PER_YEAR -> {
                for (int year = period.firstYear(); year <= period.lastYear(); year++) {
                    counted.addAll(oncePerMember(facts.facts(measure, year), scope, through));
                }
            }
            case DISTINCT_CUMULATIVE -> counted.addAll(oncePerMember(facts.factsUpTo(measure, period.lastYear()), scope, through));
        }
        counted.sort(BY_COUNTY_MEMBER_MONTH);
        return counted;
    }

    private static final Comparator<CountedFact> BY_COUNTY_MEMBER_MONTH = Comparator
            .comparing((CountedFact c) -> c.fact().county()).thenComparing(c -> c.fact().member()).thenComparing(c -> c.fact().month());

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

    /** Levels and year-to-date figures add up the counted facts; distinct kinds count them. */
    private static Figure figure(Measure measure, List<CountedFact> behind) {
        boolean distinct = measure.kind() == Measure.Kind.DISTINCT_PER_YEAR || measure.kind() == Measure.Kind.DISTINCT_CUMULATIVE;
        Sum sum = new Sum();
        for (CountedFact counted : behind) {
            if (counted.counted()) {
                sum.add(distinct ? BigDecimal.ONE : counted.fact().value(), counted.fact().month());
            } else {
                sum.seen(counted.fact().month());
            }
        }
        return sum.figure(measure);
    }

    /** Every member's first fact counts, its others are listed as not counted. */
    private static List<CountedFact> oncePerMember(Iterable<Fact> candidates, Scope scope, YearMonth through) {
        List<Fact> eligible = eligible(candidates, scope, through);
        eligible.sort(Comparator.comparing(Fact::month).thenComparing(Fact::member));
        Set<String> members = new HashSet<>();
        List<CountedFact> counted = new ArrayList<>();
        eligible.forEach(fact -> counted.add(new CountedFact(fact, members.add(fact.member()))));
        return counted;
    }

    private static Collection<Fact> latestPerMember(Iterable<Fact> candidates, Scope scope, YearMonth through) {
        Map<String, Fact> latest = new HashMap<>();
        for (Fact fact : eligible(candidates, scope, through)) {
            latest.merge(fact.member(), fact, (a, b) -> b.month().isAfter(a.month()) ? b : a);
        }
        return latest.values();
    }

    private static List<Fact> eligible(Iterable<Fact> candidates, Scope scope, YearMonth through) {
        List<Fact> eligible = new ArrayList<>();
        for (Fact fact : candidates) {
            if (fact.value() != null && scope.includes(fact.county()) && !fact.month().isAfter(through)) {
                eligible.add(fact);
            }
        }
        return eligible;
    }

    /** A running total that remembers whether anything was added and the latest month behind it. */
    private static final class Sum {
        private BigDecimal total = BigDecimal.ZERO;
        private YearMonth latest;
        private boolean any;

        void add(BigDecimal value, YearMonth month) {
            total = total.add(value);
            seen(month);
        }

        /** A fact behind the figure that adds nothing to it (a member counted already). */
        void seen(YearMonth month) {
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
