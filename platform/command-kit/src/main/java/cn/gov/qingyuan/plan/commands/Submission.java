package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.http.Submitter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a service's mapping from request to command may use besides the request: who submits, for which
 * reporting unit, the day in Qingyuan, and the version the client read ({@code If-Match}; null for no check).
 */
public record Submission(Submitter submitter, LocalDate today, Instant submittedAt, Long expectedVersion) {

    public ReportingUnit unit() {
        return submitter.unit();
    }
}
