package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.Indicators;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.views.facts.FactIndex;
import cn.gov.qingyuan.plan.views.facts.Measure;
import cn.gov.qingyuan.plan.views.figures.Explanation.Part;
import cn.gov.qingyuan.plan.views.figures.Recipe.FromMeasure;
import cn.gov.qingyuan.plan.views.figures.Recipe.Growth;
import cn.gov.qingyuan.plan.views.figures.Recipe.Increment;
import cn.gov.qingyuan.plan.views.figures.Recipe.Ratio;
import cn.gov.qingyuan.plan.views.figures.Recipe.Unavailable;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a figure comes from: the recipe of {@link IndicatorValues} walked again, each step's value taken from it and
 * each measure's facts from {@link MeasureFigures#counted}, so the explanation cannot drift from the figure.
 */
public final class Explanations {

    private final Indicators indicators;
    private final Recipes recipes;
    private final MeasureFigures measures;
    private final IndicatorValues values;

    Explanations(Indicators indicators, FactIndex facts) {
        this.indicators = indicators;
        this.recipes = new Recipes(indicators);
        this.measures = new MeasureFigures(facts);
        this.values = new IndicatorValues(measures, recipes, indicators);
    }

    /** The explanation of an indicator's actual figure for the city (county null) or a county. */
    public Explanation of(String indicator, County county, TargetPeriod period) {
        return of(indicator, county == null ? Scope.CITY : Scope.of(county), period, YearMonth.of(period.lastYear(), 12));
    }

    private Explanation of(String indicator, Scope scope, TargetPeriod period, YearMonth through) {
        Recipe recipe = recipes.of(indicator);
        Figure figure = recipe instanceof Growth || recipe instanceof Increment
                ? values.actual(indicator, scope, period) : values.actual(indicator, scope, period, through);
        if (recipe instanceof FromMeasure m) {
            return new Explanation(indicator, "measure", formula(m), figure.value(), figure.note(), m.measure().name(), m.divisor(),
                    measures.counted(m.measure(), scope, period, through), List.of());
        }
        if (recipe instanceof Ratio r) {
            return composite(indicator, "ratio", "numerator × 100 ÷ denominator", figure,
                    List.of(new Part("numerator", of(r.numerator(), scope, period, through)),
                            new Part("denominator", of(r.denominator(), scope, period, through))));
        }
        if (recipe instanceof Growth g) {
            return growth(indicator, g.of(), scope, period, figure);
        }
        if (recipe instanceof Increment i) {
            return increment(indicator, i.of(), scope, period, figure);
        }
        return composite(indicator, "unavailable", "not computable: " + ((Unavailable) recipe).note(), figure, List.of());
    }

    /** {@code Σ of the counted INDUSTRIAL_INVESTMENT facts ÷ 10000}, or {@code count of ...} for distinct kinds. */
    private static String formula(FromMeasure recipe) {
        String divided = recipe.divisor().compareTo(BigDecimal.ONE) == 0 ? "" : " ÷ " + recipe.divisor();
        return (counts(recipe.measure()) ? "count of the counted " : "Σ of the counted ") + recipe.measure() + " facts" + divided;
    }

    private Explanation growth(String indicator, String of, Scope scope, TargetPeriod period, Figure figure) {
        if (!period.isYear()) {
            List<Part> years = new ArrayList<>();
            for (int year = period.firstYear(); year <= period.lastYear(); year++) {
                years.add(new Part(Integer.toString(year), growth(indicator, of, scope, TargetPeriod.year(year),
                        values.actual(indicator, scope, TargetPeriod.year(year)))));
            }
            return composite(indicator, "growth", "compound average of the yearly growth rates that can be computed", figure, years);
        }
        int year = period.firstYear();
        Explanation current = of(of, scope, period, YearMonth.of(year, 12));
        List<Part> parts = new ArrayList<>(List.of(new Part("current", current)));
        YearMonth through = values.actual(of, scope, period).latestMonth();
        if (year == TargetPeriod.PLAN_FIRST_YEAR) {
            BigDecimal baseline = indicators.get(of).baseline2014();
            return composite(indicator, "growth", "(current − 2014 baseline " + (baseline == null ? "unknown" : baseline.toPlainString())
                    + ") × 100 ÷ 2014 baseline", figure, parts);
        }
        if (through != null) {
            parts.add(new Part("previous", of(of, scope, TargetPeriod.year(year - 1), through.minusYears(1))));
        }
        return composite(indicator, "growth", "(current − previous, the same months a year earlier) × 100 ÷ previous", figure, parts);
    }

    private Explanation increment(String indicator, String of, Scope scope, TargetPeriod period, Figure figure) {
        BigDecimal baseline = indicators.get(of).baseline2014();
        List<Part> parts = new ArrayList<>();
        for (int year = period.lastYear(); year >= period.firstYear() && baseline != null && scope.isCity(); year--) {
            if (values.actual(of, scope, TargetPeriod.year(year)).isKnown()) {
                parts.add(new Part("of", of(of, scope, TargetPeriod.year(year), YearMonth.of(year, 12))));
                break;
            }
        }
        return composite(indicator, "increment", "the latest year's figure − 2014 baseline " + (baseline == null ? "unknown" : baseline.toPlainString()),
                figure, parts);
    }

    private static boolean counts(Measure measure) {
        return measure.kind() == Measure.Kind.DISTINCT_PER_YEAR || measure.kind() == Measure.Kind.DISTINCT_CUMULATIVE;
    }

    private static Explanation composite(String indicator, String recipe, String formula, Figure figure, List<Part> parts) {
        return new Explanation(indicator, recipe, formula, figure.value(), figure.note(), null, null, List.of(), parts);
    }
}
