package cn.gov.qingyuan.plan.contracts.parks;

import java.math.BigDecimal;

/**
 * The figures a park or zone reports for one month, in 万元 (10,000 CNY) at current prices, at most two decimals;
 * the plan's targets are in 亿 (= 10,000 万元). Each is optional (null = not reported this month; never read null
 * as 0), but a month reports at least one.
 *
 * <p>Two kinds of figure, so consumers never add up what must not be added up:
 * <ul>
 * <li><b>flow</b> (that month alone): {@code fixedAssetInvestmentInIndustrialProjectsWanYuan}; the year's figure is
 * the sum of its months.</li>
 * <li><b>year to date</b> (cumulative from January of the period's year to the end of the month): both value added
 * figures; the year's figure is December's, and months are never added up.</li>
 * </ul>
 *
 * @param fixedAssetInvestmentInIndustrialProjectsWanYuan flow: fixed-asset investment in industrial projects in the
 *                                                        park completed in the month (plan action 3: 88 / 93 / 100 亿)
 * @param industrialValueAddedWanYuan                     year to date: value added of all industry in the park
 *                                                        (plan action 3: 102 / 130 / 171 亿)
 * @param aboveScaleValueAddedWanYuan                     year to date: value added of the park's above-scale
 *                                                        enterprises; part of {@code industrialValueAddedWanYuan}
 */
public record ParkFigures(
        BigDecimal fixedAssetInvestmentInIndustrialProjectsWanYuan,
        BigDecimal industrialValueAddedWanYuan,
        BigDecimal aboveScaleValueAddedWanYuan) {
}
