package cn.gov.qingyuan.plan.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A monthly reporting period, written {@code YYYY-MM}. */
public record ReportingPeriod(YearMonth month) implements Comparable<ReportingPeriod> {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    /** The plan's rule (section 4.3): a month's report is due within 8 days after the month ends. */
    public static final int DAYS_ALLOWED_AFTER_MONTH_END = 8;

    public ReportingPeriod {
        Objects.requireNonNull(month, "month");
    }

    @JsonCreator
    public static ReportingPeriod parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw new IllegalArgumentException("period '" + text + "' is not a month written YYYY-MM");
        }
        try {
            return new ReportingPeriod(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("period '" + text + "' is not a month written YYYY-MM", e);
        }
    }

    public static ReportingPeriod of(int year, int month) {
        return new ReportingPeriod(YearMonth.of(year, month));
    }

    public int year() {
        return month.getYear();
    }

    /** The last day on which a report for this period is on time. */
    public LocalDate dueDate() {
        return month.atEndOfMonth().plusDays(DAYS_ALLOWED_AFTER_MONTH_END);
    }

    @JsonValue
    @Override
    public String toString() {
        return month.toString();
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        return month.compareTo(other.month);
    }
}
