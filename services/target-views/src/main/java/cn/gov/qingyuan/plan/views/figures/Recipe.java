package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.views.facts.Measure;

import java.math.BigDecimal;

/** How an indicator's figure is made from the facts; {@link Recipes} holds one per indicator. */
sealed interface Recipe {

    /** A measure's figure in the indicator's unit: the events' unit divided by {@code divisor} (万元 to 亿元: 10,000). */
    record FromMeasure(Measure measure, BigDecimal divisor) implements Recipe {
    }

    /** Σ numerator / Σ denominator × 100 over the same scope and period; never an average of ratios. */
    record Ratio(String numerator, String denominator) implements Recipe {
    }

    /** Growth of another indicator over the same months a year earlier, in %; over the plan, the compound yearly average. */
    record Growth(String of) implements Recipe {
    }

    /** Another indicator's figure minus its 2014 baseline, citywide (the plan states 2014 only for the city). */
    record Increment(String of) implements Recipe {
    }

    /** Not computable from what is reported; {@code note} says what is missing. */
    record Unavailable(String note) implements Recipe {
    }
}
