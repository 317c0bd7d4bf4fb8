package cn.gov.qingyuan.plan.contracts.targets;

import java.math.BigDecimal;

/**
 * An indicator of the plan and how to read its figures, as {@link Indicators} reads it from the reference data.
 *
 * @param baseline2014 the 2014 figure where the plan states one (citywide), else null
 * @param numerator    for {@link Aggregation#RATIO}: the indicator over ...
 * @param denominator  ... this one; null otherwise
 * @param growthOf     for {@link Aggregation#GROWTH_RATE}: the indicator whose growth this is; null otherwise
 * @param owner        the command service that records the indicator's figures
 * @param planSection  where the plan sets its targets, e.g. {@code 2.4 industrial investment}
 */
public record Indicator(IndicatorCode code, String chineseName, String englishName, String unit, BigDecimal baseline2014,
                        Direction direction, Aggregation aggregation, IndicatorCode numerator, IndicatorCode denominator,
                        IndicatorCode growthOf, String owner, String planSection) {

    public boolean addsUpOverCounties() {
        return aggregation == Aggregation.SUM_OF_FLOWS;
    }
}
