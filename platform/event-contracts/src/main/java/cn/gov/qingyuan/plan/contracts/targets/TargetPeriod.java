package cn.gov.qingyuan.plan.contracts.targets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;

/**
 * What a target is for: one plan year ({@code 2015}, {@code 2016}, {@code 2017}) or the whole plan
 * ({@code 2015-2017}), as the plan states its annual and three-year targets. Nothing else exists in this plan.
 */
public record TargetPeriod(int firstYear, int lastYear) {

    public static final int PLAN_FIRST_YEAR = 2015;
    public static final int PLAN_LAST_YEAR = 2017;
    public static final TargetPeriod WHOLE_PLAN = new TargetPeriod(PLAN_FIRST_YEAR, PLAN_LAST_YEAR);
    /** The plan was issued on this day with its 2015 county split (Annex 2). */
    public static final LocalDate PLAN_ISSUED_ON = LocalDate.of(2015, 7, 3);

    public TargetPeriod {
        boolean year = firstYear == lastYear && firstYear >= PLAN_FIRST_YEAR && firstYear <= PLAN_LAST_YEAR;
        boolean whole = firstYear == PLAN_FIRST_YEAR && lastYear == PLAN_LAST_YEAR;
        if (!year && !whole) {
            throw new IllegalArgumentException("a target period is a plan year 2015, 2016 or 2017, or the whole plan 2015-2017");
        }
    }

    public static TargetPeriod year(int year) {
        return new TargetPeriod(year, year);
    }

    @JsonCreator
    public static TargetPeriod parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals(PLAN_FIRST_YEAR + "-" + PLAN_LAST_YEAR)) {
            return WHOLE_PLAN;
        }
        if (t.matches("\\d{4}")) {
            int year = Integer.parseInt(t);
            if (year >= PLAN_FIRST_YEAR && year <= PLAN_LAST_YEAR) {
                return year(year);
            }
        }
        throw new IllegalArgumentException("period '" + text + "' is not a plan year 2015, 2016 or 2017, or the whole plan 2015-2017");
    }

    public boolean isYear() {
        return firstYear == lastYear;
    }

    /**
     * The day by which the city issues this year's county split. The plan (section 4.2) issues 2015's with the plan
     * itself (Annex 2, 2015-07-03) and 2016's and 2017's by the end of March of that year.
     */
    public LocalDate allocationDueDate() {
        if (!isYear()) {
            throw new IllegalStateException("only a plan year is split over the counties, not " + this);
        }
        return firstYear == PLAN_FIRST_YEAR ? PLAN_ISSUED_ON : LocalDate.of(firstYear, 3, 31);
    }

    @JsonValue
    @Override
    public String toString() {
        return isYear() ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
    }
}
