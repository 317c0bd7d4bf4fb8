package cn.gov.qingyuan.plan.contracts.statistics;

import java.math.BigDecimal;

/**
 * The figures of one county's statistical return, as of the end of its month. Each is optional (null = not
 * reported in this return: the statistics and the science bureau publish different figures on different
 * schedules), but a return reports at least one. Value added is in 万元 (10,000 CNY) at current prices, at most
 * two decimals; the plan's targets are in 亿 (= 10,000 万元). Counts are whole numbers.
 *
 * <p>Two kinds of figure, so consumers never add up what must not be added up:
 * <ul>
 * <li><b>year to date</b> (cumulative from January of the period's year to the end of the month): every value
 * added, {@code patentsGranted}, {@code enterprisesOver1BillionRevenue} and the three IT-industrialisation counts.
 * The year's figure is December's; months of one year are never summed.</li>
 * <li><b>point in time</b> (the stock at the end of the month): {@code aboveScaleEnterprises},
 * {@code enterprisesWithRdInstitution}, {@code technologyCentresAndLabs}.</li>
 * </ul>
 *
 * @param aboveScaleValueAddedWanYuan            year to date: value added of above-scale industrial enterprises
 *                                               (main-business revenue ≥ 20 million CNY); the plan's headline
 *                                               (387 亿 in 2014, ~570 亿 in 2017)
 * @param advancedManufacturingValueAddedWanYuan year to date: the advanced-manufacturing part of the above-scale value
 *                                               added (numerator of a share whose denominator is the above-scale VA)
 * @param highTechValueAddedWanYuan              year to date: the high-tech manufacturing part of the above-scale
 *                                               value added (likewise)
 * @param industrialValueAddedWanYuan            year to date: value added of all industry, above-scale or not; the
 *                                               denominator of plan action 3's share of park above-scale value added
 * @param aboveScaleEnterprises                  point in time: above-scale industrial enterprises
 * @param enterprisesWithRdInstitution           point in time: above-scale enterprises with an R&D institution
 *                                               (numerator of action 1's share; denominator aboveScaleEnterprises)
 * @param technologyCentresAndLabs               point in time: municipal-or-higher enterprise technology centres,
 *                                               engineering centres and key/engineering laboratories
 * @param patentsGranted                         year to date: patents granted to industrial enterprises
 * @param enterprisesOver1BillionRevenue         year to date: industrial enterprises whose main-business revenue in
 *                                               the year so far exceeds 1 billion CNY (December's is the year's count)
 * @param itIndustrialisationPilots              year to date: enterprises named provincial IT-industrialisation
 *                                               standard (两化融合贯标) pilots this year
 * @param itIndustrialisationCertified           year to date: enterprises nationally certified to that standard this year
 * @param itIndustrialisationAssessed            year to date: enterprises assessed and benchmarked this year
 */
public record StatisticalFigures(
        BigDecimal aboveScaleValueAddedWanYuan,
        BigDecimal advancedManufacturingValueAddedWanYuan,
        BigDecimal highTechValueAddedWanYuan,
        BigDecimal industrialValueAddedWanYuan,
        Integer aboveScaleEnterprises,
        Integer enterprisesWithRdInstitution,
        Integer technologyCentresAndLabs,
        Integer patentsGranted,
        Integer enterprisesOver1BillionRevenue,
        Integer itIndustrialisationPilots,
        Integer itIndustrialisationCertified,
        Integer itIndustrialisationAssessed) {
}
