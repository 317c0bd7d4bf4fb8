package cn.gov.qingyuan.plan.targets.sheet;

import java.util.List;

/** A sheet read as text: the column names of its header row (lower case) and its data rows. */
public record SheetTable(int headerRow, List<String> columns, List<SheetRow> rows) {
}
