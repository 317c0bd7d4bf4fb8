package cn.gov.qingyuan.plan.views.web;

import java.math.BigDecimal;

/**
 * One CSV cell, for every export: numbers as plain decimals; text quoted when it must be, and prefixed with {@code '}
 * when a spreadsheet would run it as a formula (it begins with {@code = + - @}, a tab or a carriage return).
 */
public final class CsvCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";

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
        String text = value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
