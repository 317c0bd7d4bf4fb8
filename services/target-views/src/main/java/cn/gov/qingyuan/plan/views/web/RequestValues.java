package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.contracts.PlanZone;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.http.ApiProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The query parameters every view takes, read once, so every view refuses a bad one with the same problem. */
public final class RequestValues {

    public static final String PERIOD_HELP = "a plan year (2015, 2016, 2017) or the whole plan (2015-2017)";

    private RequestValues() {
    }

    /** The earliest instant a view can be asked for: the plan's first day in Qingyuan. */
    public static final Instant PLAN_START = LocalDate.of(TargetPeriod.PLAN_FIRST_YEAR, 1, 1).atStartOfDay(PlanZone.QINGYUAN).toInstant();

    public static TargetPeriod period(String text) {
        try {
            return TargetPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("period", e.getMessage());
        }
    }

    /**
     * An instant a view is asked as of: ISO-8601 with an offset ({@code 2016-07-09T00:00+08:00}), not in the future and
     * not before the plan. A '+' sent unencoded arrives as a space and is read as the '+' it was.
     */
    public static Instant instant(String field, String text, Instant now) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "'" + text + "' is not an ISO-8601 instant with an offset, e.g. 2016-07-09T00:00+08:00");
        }
        if (instant.isAfter(now)) {
            throw ApiProblem.invalid(field, text + " is in the future: nothing is known of it yet");
        }
        if (instant.isBefore(PLAN_START)) {
            throw ApiProblem.invalid(field, text + " is before the plan began (2015-01-01T00:00+08:00)");
        }
        return instant;
    }

    public static int year(int year) {
        if (year < TargetPeriod.PLAN_FIRST_YEAR || year > TargetPeriod.PLAN_LAST_YEAR) {
            throw ApiProblem.invalid("year", year + " is not a plan year (" + TargetPeriod.PLAN_FIRST_YEAR + " to "
                    + TargetPeriod.PLAN_LAST_YEAR + ")");
        }
        return year;
    }
}
