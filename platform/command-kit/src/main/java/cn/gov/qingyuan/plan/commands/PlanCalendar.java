package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.http.ApiProblem;
import org.springframework.beans.factory.annotation.Value;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Which months and days a submission may be about: within the plan's span ({@code plan.first-period} to
 * {@code plan.last-period}), and not in the future by the service's {@link Clock}, which tests replace.
 */
public class PlanCalendar {

    private final Clock clock;
    private final ReportingPeriod first;
    private final ReportingPeriod last;

    public PlanCalendar(Clock clock, @Value("${plan.first-period:2015-01}") String first, @Value("${plan.last-period:2017-12}") String last) {
        this.clock = clock;
        this.first = ReportingPeriod.parse(first);
        this.last = ReportingPeriod.parse(last);
    }

    /** The month {@code text} names, or a 400 problem on {@code field} if it is malformed, outside the plan or not begun. */
    public ReportingPeriod reportablePeriod(String field, String text) {
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field, e.getMessage());
        }
        if (period.compareTo(first) < 0 || period.compareTo(last) > 0) {
            throw ApiProblem.invalid(field, period + " is outside the plan's span " + first + " to " + last);
        }
        if (period.month().isAfter(YearMonth.now(clock))) {
            throw ApiProblem.invalid(field, period + " has not begun yet");
        }
        return period;
    }

    /** Today in Qingyuan. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@code day}, or a 400 problem on {@code field} if it is in the future or before 2000. */
    public LocalDate pastDay(String field, LocalDate day) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw ApiProblem.invalid(field, day + " is in the future");
        }
        if (day.isBefore(LocalDate.of(2000, 1, 1))) {
            throw ApiProblem.invalid(field, day + " is before 2000-01-01");
        }
        return day;
    }
}
