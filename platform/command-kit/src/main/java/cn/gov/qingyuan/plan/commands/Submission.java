package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.http.Submitter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a service's mapping from request to command may use besides the request: who submits, for which
 * reporting unit, the day in Qingyuan, the version the client read ({@code If-Match}; null for no check), and the
 * plan's calendar to read the request's months and days by.
 */
public record Submission(Submitter submitter, LocalDate today, Instant submittedAt, Long expectedVersion, PlanCalendar calendar) {

    public ReportingUnit unit() {
        return submitter.unit();
    }

    /** The month {@code text} names, or a 400 problem on {@code field}: malformed, outside the plan, or not begun. */
    public ReportingPeriod period(String field, String text) {
        return calendar.reportablePeriod(field, text);
    }

    /** {@code day}, or a 400 problem on {@code field} if it is in the future or before 2000. */
    public LocalDate pastDay(String field, LocalDate day) {
        return calendar.pastDay(field, day);
    }
}
