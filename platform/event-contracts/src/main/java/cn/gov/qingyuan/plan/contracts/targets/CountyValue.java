package cn.gov.qingyuan.plan.contracts.targets;

import cn.gov.qingyuan.plan.contracts.County;

import java.math.BigDecimal;

/** One county's share of a split target, in the indicator's unit. */
public record CountyValue(County county, BigDecimal value) {
}
