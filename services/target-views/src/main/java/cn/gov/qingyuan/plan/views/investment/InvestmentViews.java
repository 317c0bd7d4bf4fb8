package cn.gov.qingyuan.plan.views.investment;

import cn.gov.qingyuan.plan.views.targets.Target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON of the industrial investment views. Figures in 亿元 unless the name says 万元. */
final class InvestmentViews {

    static final String UNIT = "亿元 (100 million CNY); *WanYuan fields in 万元 (10,000 CNY)";

    private InvestmentViews() {
    }

    /**
     * @param percentOfTarget completed as a percentage of the target, null without a target
     * @param updatedAt       when the view last changed, null if nothing was reported yet
     */
    record CountyView(String indicator, String county, String countyName, String countyNameEn, String period, String unit,
                      Target target, BigDecimal completed, BigDecimal completedWanYuan, BigDecimal percentOfTarget,
                      long reports, Map<String, Object> milestonesReached, long projects, Map<String, Object> projectsByStage,
                      String updatedAt) {
    }

    record CityView(String indicator, String period, String unit, Target target, BigDecimal completed, BigDecimal completedWanYuan,
                    BigDecimal percentOfTarget, long reports, Map<String, Object> milestonesReached, long projects,
                    Map<String, Object> projectsByStage, List<CountyView> counties, String updatedAt) {
    }
}
