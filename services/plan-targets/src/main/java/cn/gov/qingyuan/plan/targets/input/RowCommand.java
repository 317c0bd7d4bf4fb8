package cn.gov.qingyuan.plan.targets.input;

/** The command one valid import row asks for, with the row's number to blame it on if the aggregate refuses it. */
public record RowCommand(int row, Object command) {
}
