package cn.gov.qingyuan.plan.views.targets;

import cn.gov.qingyuan.plan.contracts.targets.Provenance;

import java.math.BigDecimal;

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
