package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.targets.Provenance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON of the industrial investment detail views. Figures in 亿元 unless the name says 万元. */
public final class InvestmentViews {

    static final String UNIT = "亿元 (100 million CNY); *WanYuan fields in 万元 (10,000 CNY)";

    private InvestmentViews() {
    }

    /**
     * @param percentOfTarget completed as a percentage of the target, null without a target
     * @param updatedAt       when the view last changed, null if nothing was reported yet
     */
    public record CountyView(String indicator, String county, String countyName, String countyNameEn, String period, String unit,
                             Target target, BigDecimal completed, BigDecimal completedWanYuan, BigDecimal percentOfTarget,
                             long reports, Map<String, Long> milestonesReached, long projects, Map<String, Long> projectsByStage,
                             String updatedAt) {
    }

    public record CityView(String indicator, String period, String unit, Target target, BigDecimal completed, BigDecimal completedWanYuan,
                           BigDecimal percentOfTarget, long reports, Map<String, Long> milestonesReached, long projects,
                           Map<String, Long> projectsByStage, List<CountyView> counties, String updatedAt) {
    }

    /**
     * A target for one scope (the city or a county) and period.
     *
     * @param valueYi    in 亿元 (100 million CNY), the plan's unit
     * @param provenance {@link Provenance#PLAN} when it is the plan's own figure, {@link Provenance#SAMPLE} when it
     *                   is an illustrative split that stands in for a decomposition the plan does not include
     * @param source     where the figure comes from, in words
     */
    public record Target(BigDecimal valueYi, Provenance provenance, String source) {
    }
}
