package cn.gov.qingyuan.plan.targets.input;

/** What is wrong with one row of an import: its number as the file shows it, the column, and why. */
public record RowError(int row, String field, String reason) {
}
