package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.targets.Indicators;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.views.figures.Recipe.FromMeasure;
import cn.gov.qingyuan.plan.views.figures.Recipe.Growth;
import cn.gov.qingyuan.plan.views.figures.Recipe.Increment;
import cn.gov.qingyuan.plan.views.figures.Recipe.Ratio;
import cn.gov.qingyuan.plan.views.figures.Recipe.Unavailable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The actual figure of an indicator for a scope and period, computed from its measures' figures by the indicator's
 * recipe. Pure: the same facts give the same figures, whatever order the events arrived in.
 */
record IndicatorValues(MeasureFigures measures, Recipes recipes, Indicators indicators) {

    static final int SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    Figure actual(String indicator, Scope scope, TargetPeriod period) {
        return actual(indicator, scope, period, YearMonth.of(period.lastYear(), 12));
    }

    /** The figure counting only facts about months up to {@code through}. */
    Figure actual(String indicator, Scope scope, TargetPeriod period, YearMonth through) {
        Recipe recipe = recipes.of(indicator);
        if (recipe instanceof FromMeasure m) {
            Figure raw = measures.of(m.measure(), scope, period, through);
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
            BigDecimal baseline = indicators.get(of).baseline2014();
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
        BigDecimal baseline = indicators.get(of).baseline2014();
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
}
