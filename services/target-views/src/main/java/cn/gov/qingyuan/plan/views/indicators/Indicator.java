package cn.gov.qingyuan.plan.views.indicators;

import java.math.BigDecimal;

/**
 * One indicator of the plan, as the shared reference data ({@code reference/indicators.csv} in event-contracts)
 * describes it.
 *
 * @param baseline2014 the plan's 2014 figure, citywide; null where the plan does not state one
 * @param numerator    for a ratio: the indicator divided
 * @param denominator  for a ratio: the indicator divided by
 * @param growthOf     for a growth rate: the indicator whose growth it is
 */
public record Indicator(String code, String nameZh, String nameEn, String unit, BigDecimal baseline2014, Direction direction,
                        Aggregation aggregation, String numerator, String denominator, String growthOf, String owner,
                        String section) {

    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    /** How monthly and county figures roll up; see docs/indicators.md. */
    public enum Aggregation { SUM_OF_FLOWS, LATEST_STOCK, RATIO, DISTINCT_COUNT, GROWTH_RATE }
}
