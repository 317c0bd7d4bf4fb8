package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.targets.Aggregation;
import cn.gov.qingyuan.plan.contracts.targets.Indicator;
import cn.gov.qingyuan.plan.contracts.targets.Indicators;
import cn.gov.qingyuan.plan.views.facts.Measure;
import cn.gov.qingyuan.plan.views.figures.Recipe.FromMeasure;
import cn.gov.qingyuan.plan.views.figures.Recipe.Growth;
import cn.gov.qingyuan.plan.views.figures.Recipe.Increment;
import cn.gov.qingyuan.plan.views.figures.Recipe.Ratio;
import cn.gov.qingyuan.plan.views.figures.Recipe.Unavailable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import static cn.gov.qingyuan.plan.views.facts.Measure.*;

/**
 * The recipe of every indicator in the catalogue. Ratios and growth rates follow the catalogue's numerator,
 * denominator and growth-of columns; the rest name the measure they read. Start-up fails if an indicator has none.
 */
final class Recipes {

    private static final BigDecimal ONE = BigDecimal.ONE;
    /** 万元 → 亿元, and kW → 万kW. */
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private static final Map<String, Recipe> DIRECT = Map.ofEntries(
            Map.entry("above-scale-value-added", new FromMeasure(ABOVE_SCALE_VALUE_ADDED, TEN_THOUSAND)),
            Map.entry("above-scale-value-added-increment", new Increment("above-scale-value-added")),
            Map.entry("industrial-value-added", new FromMeasure(INDUSTRIAL_VALUE_ADDED, TEN_THOUSAND)),
            Map.entry("advanced-manufacturing-value-added", new FromMeasure(ADVANCED_MANUFACTURING_VALUE_ADDED, TEN_THOUSAND)),
            Map.entry("high-tech-manufacturing-value-added", new FromMeasure(HIGH_TECH_VALUE_ADDED, TEN_THOUSAND)),
            Map.entry("billion-yuan-revenue-enterprises", new FromMeasure(ENTERPRISES_OVER_1_BILLION_REVENUE, ONE)),
            Map.entry("industrial-patents-granted", new FromMeasure(PATENTS_GRANTED, ONE)),
            Map.entry("above-scale-enterprises", new FromMeasure(ABOVE_SCALE_ENTERPRISES, ONE)),
            Map.entry("enterprises-with-rd-institution", new FromMeasure(ENTERPRISES_WITH_RD_INSTITUTION, ONE)),
            Map.entry("rd-centres", new FromMeasure(TECHNOLOGY_CENTRES_AND_LABS, ONE)),
            Map.entry("retrofit-enterprises", new FromMeasure(RETROFITTED_ENTERPRISES, ONE)),
            Map.entry("retrofit-enterprises-revenue-50m", new FromMeasure(RETROFITTED_ENTERPRISES_REVENUE_50M, ONE)),
            Map.entry("retrofit-investment", new FromMeasure(RETROFIT_INVESTMENT, TEN_THOUSAND)),
            Map.entry("park-fixed-asset-investment", new FromMeasure(PARK_FIXED_ASSET_INVESTMENT, TEN_THOUSAND)),
            Map.entry("park-value-added", new FromMeasure(PARK_VALUE_ADDED, TEN_THOUSAND)),
            Map.entry("park-above-scale-value-added", new FromMeasure(PARK_ABOVE_SCALE_VALUE_ADDED, TEN_THOUSAND)),
            Map.entry("park-value-added-increment", new Unavailable(
                    "needs the main parks' 2014 value added, which the plan does not state; load it as a baseline")),
            Map.entry("industrial-investment", new FromMeasure(INDUSTRIAL_INVESTMENT, TEN_THOUSAND)),
            Map.entry("smart-retrofit-enterprises", new FromMeasure(SMART_RETROFIT_ENTERPRISES, ONE)),
            Map.entry("smart-production-enterprises", new FromMeasure(SMART_PRODUCTION_ENTERPRISES, ONE)),
            Map.entry("it-integration-pilot-enterprises", new FromMeasure(IT_INDUSTRIALISATION_PILOTS, ONE)),
            Map.entry("it-integration-certified-enterprises", new FromMeasure(IT_INDUSTRIALISATION_CERTIFIED, ONE)),
            Map.entry("it-integration-assessed-enterprises", new FromMeasure(IT_INDUSTRIALISATION_ASSESSED, ONE)),
            Map.entry("energy-intensity-reduction", new Unavailable(
                    "needs 2014's energy use per unit of industrial value added, which the plan does not state; load it as a baseline")),
            Map.entry("motor-efficiency-upgrade", new FromMeasure(MOTOR_UPGRADE_KW, TEN_THOUSAND)),
            Map.entry("circular-retrofit-parks", new FromMeasure(CIRCULAR_RETROFIT_PARKS, ONE)),
            Map.entry("clean-production-audits", new FromMeasure(CLEAN_PRODUCTION_AUDITS, ONE)),
            Map.entry("energy-management-platforms", new FromMeasure(ENERGY_MANAGEMENT_PLATFORMS, ONE)),
            Map.entry("energy-monitoring-connected-enterprises", new FromMeasure(MONITORING_CONNECTED_ENTERPRISES, ONE)),
            Map.entry("so2-emissions", new FromMeasure(SO2_EMISSIONS, ONE)),
            Map.entry("cod-emissions", new FromMeasure(COD_EMISSIONS, ONE)),
            Map.entry("nox-emissions", new FromMeasure(NOX_EMISSIONS, ONE)),
            Map.entry("ammonia-nitrogen-emissions", new FromMeasure(AMMONIA_NITROGEN_EMISSIONS, ONE)));

    private final Map<String, Recipe> byCode = new HashMap<>();
    private final Map<Measure, Set<String>> readersOf = new HashMap<>();

    Recipes(Indicators indicators) {
        for (Indicator indicator : indicators.all()) {
            byCode.put(indicator.code().value(), recipe(indicator));
        }
        for (Indicator indicator : indicators.all()) {
            for (Measure measure : measuresOf(indicator.code().value())) {
                readersOf.computeIfAbsent(measure, m -> new LinkedHashSet<>()).add(indicator.code().value());
            }
        }
    }

    private static Recipe recipe(Indicator indicator) {
        if (indicator.aggregation() == Aggregation.RATIO) {
            return new Ratio(indicator.numerator().value(), indicator.denominator().value());
        }
        if (indicator.aggregation() == Aggregation.GROWTH_RATE) {
            return new Growth(indicator.growthOf().value());
        }
        Recipe recipe = DIRECT.get(indicator.code().value());
        if (recipe == null) {
            throw new IllegalStateException("indicator " + indicator.code() + " has no recipe in " + Recipes.class.getSimpleName());
        }
        return recipe;
    }

    Recipe of(String indicator) {
        return byCode.get(indicator);
    }

    /** The measures an indicator's figure is computed from. */
    Set<Measure> measuresOf(String indicator) {
        Recipe recipe = byCode.get(indicator);
        if (recipe instanceof FromMeasure m) {
            return EnumSet.of(m.measure());
        }
        if (recipe instanceof Ratio r) {
            return union(measuresOf(r.numerator()), measuresOf(r.denominator()));
        }
        if (recipe instanceof Growth g) {
            return measuresOf(g.of());
        }
        if (recipe instanceof Increment i) {
            return measuresOf(i.of());
        }
        return EnumSet.noneOf(Measure.class);
    }

    /** The indicators whose figures facts of these measures can change. */
    Set<String> readersOf(Collection<Measure> measures) {
        Set<String> readers = new LinkedHashSet<>();
        measures.forEach(measure -> readers.addAll(readersOf.getOrDefault(measure, Set.of())));
        return readers;
    }

    private static Set<Measure> union(Set<Measure> a, Set<Measure> b) {
        EnumSet<Measure> all = EnumSet.noneOf(Measure.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
