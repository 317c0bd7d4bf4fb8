package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.eventing.AggregateVersions;
import cn.gov.qingyuan.plan.eventing.IdempotentRequests;
import cn.gov.qingyuan.plan.eventing.PlanCalendar;
import cn.gov.qingyuan.plan.eventing.Submissions;
import cn.gov.qingyuan.plan.http.CorrelationIdFilter;
import cn.gov.qingyuan.plan.http.Submitter;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * How every write of this service is sent: once per idempotency key, with the verified submitter's identity as
 * metadata, answered 201 with the aggregate's version after it as ETag.
 */
@Component
class CommandSubmissions {

    private final CommandGateway commands;
    private final PlanCalendar calendar;
    private final Clock clock;
    private final IdempotentRequests idempotency;

    CommandSubmissions(CommandGateway commands, PlanCalendar calendar, Clock clock, IdempotentRequests idempotency) {
        this.commands = commands;
        this.calendar = calendar;
        this.clock = clock;
        this.idempotency = idempotency;
    }

    /**
     * @param id       the aggregate's id, for the receipt
     * @param location the new record's address, or null when an existing one changed
     * @param command  the command for the submitter's reporting unit and today's date in Qingyuan
     */
    ResponseEntity<String> send(String method, String path, Object request, String idempotencyKey, String id, String location,
                                BiFunction<ReportingUnit, LocalDate, Object> command) {
        Submitter submitter = Submitter.current();
        return idempotency.execute(submitter.subject(), idempotencyKey, idempotency.describe(method, path, request), () -> {
            Instant now = clock.instant();
            Object result = commands.sendAndWait(command.apply(submitter.unit(), calendar.today()),
                    Submissions.metadata(submitter, now, CorrelationIdFilter.current()));
            // A creating constructor answers the new aggregate's id; its version is then 0. Every other handler answers the version.
            long current = result instanceof Long version ? version : 0L;
            return new IdempotentRequests.Response(HttpStatus.CREATED.value(),
                    new SubmissionReceipt(id, current, CorrelationIdFilter.current(), now), AggregateVersions.etag(current), location);
        });
    }
}
