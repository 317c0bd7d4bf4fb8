package cn.gov.qingyuan.plan.contracts.targets;

/**
 * Where a figure comes from: {@code PLAN}, the plan or a decomposition the city issued; {@code SAMPLE}, made-up
 * data shipped so the system can be tried before the real figure is loaded (the plan's annexes are not in its text).
 */
public enum Provenance {
    PLAN, SAMPLE
}
