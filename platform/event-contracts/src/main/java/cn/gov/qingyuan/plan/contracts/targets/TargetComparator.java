package cn.gov.qingyuan.plan.contracts.targets;

/**
 * How the plan words a target: {@code AT_LEAST} for "以上" and for a figure to reach ("达", "完成", "增长到"),
 * {@code AT_MOST} for a ceiling ("以下", "控制在"), {@code ABOUT} for "左右" (about).
 */
public enum TargetComparator {
    AT_LEAST, AT_MOST, ABOUT
}
