package cn.gov.qingyuan.plan.contracts.targets;

/**
 * How figures of an indicator combine over months and counties. Only {@code SUM_OF_FLOWS} figures add up across
 * counties, so only their county splits are checked against the city target.
 */
public enum Aggregation {
    /** Amounts in a period add up over months and counties (investment, value added). */
    SUM_OF_FLOWS,
    /** The level at the end of the period (number of R&D centres); the latest figure counts. */
    LATEST_STOCK,
    /** Numerator over denominator, both named indicators, in %. */
    RATIO,
    /** Each enterprise or park counted once however often it is reported. */
    DISTINCT_COUNT,
    /** The named indicator's value over its value a year earlier, minus one, in %. */
    GROWTH_RATE
}
