package cn.gov.qingyuan.plan.views.web;

import java.math.BigDecimal;

/**
 * One CSV cell, for every export: numbers as plain decimals; text defused as {@link SpreadsheetText} says, and quoted
 * when it must be.
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = SpreadsheetText.defused(value.toString());
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
