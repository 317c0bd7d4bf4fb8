package cn.gov.qingyuan.plan.contracts.energy;

import java.math.BigDecimal;

/**
 * The figures of a county's energy return as of a month. Every field may be null (not reported; never read null
 * as 0). Consumption and emissions are year-to-date (January to the end of the month; the year's figure is
 * December's). Limits are the province's for the whole year, when the county knows them.
 *
 * <p>Energy use per unit of industrial value added (plan: −6 % by 2017 against 2014) is a ratio and is not
 * reported here: a projection divides {@code energyConsumptionTonnesCoalEquivalent} by the industry statistics
 * return's {@code industrialValueAddedWanYuan} of the same county and month.
 *
 * @param energyConsumptionTonnesCoalEquivalent YTD industrial energy consumption, tonnes of coal equivalent (吨标准煤)
 * @param so2Tonnes                             YTD sulphur dioxide emissions
 * @param codTonnes                             YTD chemical oxygen demand emissions
 * @param noxTonnes                             YTD nitrogen oxides emissions
 * @param ammoniaNitrogenTonnes                 YTD ammonia nitrogen (NH3-N) emissions
 */
public record EnergyReturnFigures(BigDecimal energyConsumptionTonnesCoalEquivalent, BigDecimal so2Tonnes, BigDecimal codTonnes,
                                  BigDecimal noxTonnes, BigDecimal ammoniaNitrogenTonnes, BigDecimal so2LimitTonnes,
                                  BigDecimal codLimitTonnes, BigDecimal noxLimitTonnes, BigDecimal ammoniaNitrogenLimitTonnes) {
}
