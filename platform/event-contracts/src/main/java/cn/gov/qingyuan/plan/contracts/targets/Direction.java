package cn.gov.qingyuan.plan.contracts.targets;

/** Whether more of an indicator is progress (investment) or less is (emissions). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
