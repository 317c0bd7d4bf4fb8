package cn.gov.qingyuan.plan.targets.sheet;

import java.util.Map;

/**
 * One data row of an uploaded sheet, by column name (lower case). {@code number} is the row's number as the person who
 * made the file sees it: the line in a CSV file (the header is line 1), the row in a spreadsheet.
 */
public record SheetRow(int number, Map<String, String> cells) {

    /** The cell's text, stripped; empty when the column is absent or the cell blank. */
    public String cell(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }
}
