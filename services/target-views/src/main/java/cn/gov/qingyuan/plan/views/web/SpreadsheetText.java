package cn.gov.qingyuan.plan.views.web;

/**
 * The one rule for text in every export, CSV and XLSX alike: text a spreadsheet would run as a formula (it begins with
 * {@code = + - @}, a tab or a carriage return) is prefixed with {@code '}, so it is shown, not run. Numbers are not
 * text: a negative figure stays a number.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    public static String defused(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
