package cn.gov.qingyuan.plan.views.indicators;

import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.views.indicators.Recipe.FromMeasure;
import cn.gov.qingyuan.plan.views.indicators.Recipe.Growth;
import cn.gov.qingyuan.plan.views.indicators.Recipe.Increment;
import cn.gov.qingyuan.plan.views.indicators.Recipe.Ratio;
import cn.gov.qingyuan.plan.views.indicators.Recipe.Unavailable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actual figure of an indicator for a scope and period, computed from the facts by the indicator's recipe.
 * Pure: the same facts give the same figures, whatever order the events arrived in.
 */
@Component
class IndicatorValues {

    static final int SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FactBook facts;
    private final Recipes recipes;
    private final IndicatorCatalogue catalogue;

    IndicatorValues(FactBook facts, Recipes recipes, IndicatorCatalogue catalogue) {
        this.facts = facts;
        this.recipes = recipes;
        this.catalogue = catalogue;
    }

    Figure actual(String indicator, Scope scope, TargetPeriod period) {
        return actual(indicator, scope, period, YearMonth.of(period.lastYear(), 12));
    }

    /** The figure counting only facts about months up to {@code through}. */
    Figure actual(String indicator, Scope scope, TargetPeriod period, YearMonth through) {
        Recipe recipe = recipes.of(indicator);
        if (recipe instanceof FromMeasure m) {
            Figure raw = measure(m.measure(), scope, period, through);
            return raw.isKnown() ? Figure.of(raw.value().divide(m.divisor(), SCALE, RoundingMode.HALF_EVEN), raw.latestMonth()) : raw;
        }
        if (recipe instanceof Ratio r) {
            return ratio(r, scope, period, through);
        }
        if (recipe instanceof Growth g) {
            return growth(g.of(), scope, period);
        }
        if (recipe instanceof Increment i) {
            return increment(i.of(), scope, period);
        }
        return Figure.unavailable(((Unavailable) recipe).note());
    }

    private Figure ratio(Ratio ratio, Scope scope, TargetPeriod period, YearMonth through) {
        Figure numerator = actual(ratio.numerator(), scope, period, through);
        Figure denominator = actual(ratio.denominator(), scope, period, through);
        if (!numerator.isKnown() || !denominator.isKnown()) {
            return new Figure(null, Figure.later(numerator.latestMonth(), denominator.latestMonth()), null);
        }
        if (denominator.value().signum() == 0) {
            return new Figure(null, denominator.latestMonth(), "the denominator (" + ratio.denominator() + ") is zero");
        }
        BigDecimal percent = numerator.value().multiply(HUNDRED).divide(denominator.value(), SCALE, RoundingMode.HALF_EVEN);
        return Figure.of(percent, Figure.later(numerator.latestMonth(), denominator.latestMonth()));
    }

    /**
     * A year's growth compares the months reported this year with the same months a year earlier (2015 against the
     * plan's 2014 baseline, which is citywide and yearly: so only once December is in). Over the whole plan it is the
     * compound average of the yearly growth rates that can be computed.
     */
    private Figure growth(String of, Scope scope, TargetPeriod period) {
        if (period.isYear()) {
            return yearlyGrowth(of, scope, period.firstYear());
        }
        BigDecimal product = BigDecimal.ONE;
        int years = 0;
        YearMonth latest = null;
        List<String> missing = new ArrayList<>();
        for (int year = period.firstYear(); year <= period.lastYear(); year++) {
            Figure yearly = yearlyGrowth(of, scope, year);
            if (yearly.isKnown()) {
                product = product.multiply(BigDecimal.ONE.add(yearly.value().divide(HUNDRED, MathContext.DECIMAL64)));
                years++;
                latest = Figure.later(latest, yearly.latestMonth());
            } else if (hasData(of, scope, year)) {
                missing.add(Integer.toString(year));
            }
        }
        if (years == 0) {
            return new Figure(null, latest, missing.isEmpty() ? null : "no growth rate can be computed for " + String.join(", ", missing));
        }
        double average = Math.pow(product.doubleValue(), 1.0 / years) - 1;
        String note = missing.isEmpty() ? null : "average of " + years + " year(s); not computable for " + String.join(", ", missing);
        return new Figure(BigDecimal.valueOf(average * 100).setScale(SCALE, RoundingMode.HALF_EVEN), latest, note);
    }

    private boolean hasData(String indicator, Scope scope, int year) {
        return actual(indicator, scope, TargetPeriod.year(year)).isKnown();
    }

    private Figure yearlyGrowth(String of, Scope scope, int year) {
        Figure current = actual(of, scope, TargetPeriod.year(year));
        if (!current.isKnown()) {
            return current;
        }
        YearMonth through = current.latestMonth();
        BigDecimal previous;
        if (year == TargetPeriod.PLAN_FIRST_YEAR) {
            BigDecimal baseline = catalogue.get(of).baseline2014();
            if (!scope.isCity() || baseline == null) {
                return new Figure(null, through, "2014's figure is not known" + (scope.isCity() ? "" : " per county"));
            }
            if (through.getMonthValue() != 12) {
                return new Figure(null, through, "2014 is known only for the whole year; growth once December is reported");
            }
            previous = baseline;
        } else {
            Figure earlier = actual(of, scope, TargetPeriod.year(year - 1), through.minusYears(1));
            if (!earlier.isKnown() || earlier.value().signum() == 0) {
                return new Figure(null, through, (year - 1) + " has no figure to compare with");
            }
            previous = earlier.value();
        }
        BigDecimal growth = current.value().subtract(previous).multiply(HUNDRED).divide(previous, SCALE, RoundingMode.HALF_EVEN);
        return Figure.of(growth, through);
    }

    /** The figure of the period's latest year with data, minus 2014's (citywide only). */
    private Figure increment(String of, Scope scope, TargetPeriod period) {
        BigDecimal baseline = catalogue.get(of).baseline2014();
        if (!scope.isCity() || baseline == null) {
            return Figure.unavailable("2014's figure is not known" + (scope.isCity() ? "" : " per county"));
        }
        for (int year = period.lastYear(); year >= period.firstYear(); year--) {
            Figure figure = actual(of, scope, TargetPeriod.year(year));
            if (figure.isKnown()) {
                return Figure.of(figure.value().subtract(baseline), figure.latestMonth());
            }
        }
        return new Figure(null, null, null);
    }

    /** A measure's figure in the events' unit, by its kind (see {@link Measure.Kind}). */
    Figure measure(Measure measure, Scope scope, TargetPeriod period, YearMonth through) {
        return switch (measure.kind()) {
            case MONTHLY_FLOW, EVENT_FLOW -> flow(measure, scope, period, through);
            case YEAR_TO_DATE -> yearToDate(measure, scope, period, through);
            case STOCK -> latestLevel(measure, scope, period, through);
            case DISTINCT_PER_YEAR -> distinctPerYear(measure, scope, period, through);
            case DISTINCT_CUMULATIVE -> distinct(facts.factsUpTo(measure, period.lastYear()), scope, through, measure);
        };
    }

    private Figure flow(Measure measure, Scope scope, TargetPeriod period, YearMonth through) {
        Sum sum = new Sum();
        for (int year = period.firstYear(); year <= period.lastYear(); year++) {
            for (Fact fact : facts.facts(measure, year)) {
                if (counts(fact, scope, through)) {
                    sum.add(fact.value(), fact.month());
                }
            }
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
