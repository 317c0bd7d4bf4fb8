package cn.gov.qingyuan.plan.statistics.api;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent;
import cn.gov.qingyuan.plan.eventing.AggregateVersions;
import cn.gov.qingyuan.plan.eventing.IdempotentRequests;
import cn.gov.qingyuan.plan.eventing.PlanCalendar;
import cn.gov.qingyuan.plan.eventing.Submissions;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.CorrelationIdFilter;
import cn.gov.qingyuan.plan.http.FieldError;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Problems;
import cn.gov.qingyuan.plan.http.Submitter;
import cn.gov.qingyuan.plan.statistics.api.ReturnRequests.FiguresRequest;
import cn.gov.qingyuan.plan.statistics.api.ReturnRequests.RevisionRequest;
import cn.gov.qingyuan.plan.statistics.command.InvalidFigures;
import cn.gov.qingyuan.plan.statistics.command.ReturnCommands.ReviseReturn;
import cn.gov.qingyuan.plan.statistics.command.ReturnCommands.SubmitReturn;
import cn.gov.qingyuan.plan.statistics.command.ReturnRuleViolated;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * County governments and city bureaus submit a county's statistical return for a month here, and revise it.
 *
 * <p>Submission is a {@code PUT} on the return's own address, {@code /api/statistical-returns/{county}/{period}}:
 * the client, not the server, names the return (one per county and month), and repeating the request can never
 * make a second one. It only ever creates: a return already there is a 409, because a changed figure needs a
 * reason and so goes through {@code POST .../revisions}, which keeps every earlier set in the history.
 *
 * <p>Every write needs a reporter's token whose reporting unit covers the county; it may carry an
 * {@code Idempotency-Key} (a retry returns the first answer and records nothing more) and a revision an
 * {@code If-Match} with the version read before (a stale one gets 409). Answers carry the return's new version as ETag.
 */
@RestController
@RequestMapping("/api/statistical-returns")
@PreAuthorize("hasRole('REPORTER')")
class StatisticalReturnController {

    private final CommandGateway commands;
    private final PlanCalendar calendar;
    private final Clock clock;
    private final IdempotentRequests idempotency;

    StatisticalReturnController(CommandGateway commands, PlanCalendar calendar, Clock clock, IdempotentRequests idempotency) {
        this.commands = commands;
        this.calendar = calendar;
        this.clock = clock;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Submit a county's statistical return as of a month (value added in 万元); late returns are accepted and marked late")
    @PutMapping("/{county}/{period}")
    ResponseEntity<String> submit(@PathVariable County county, @PathVariable String period, @Valid @RequestBody FiguresRequest request,
                                  @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        String path = path(county, month);
        try {
            return write("PUT", path, county, month, request, idempotencyKey, path, (unit, today) ->
                    new SubmitReturn(county, month, request.toFigures(), today, unit));
        } catch (ReturnRuleViolated alreadySubmitted) {
            throw ApiProblem.conflict(alreadySubmitted.field(), alreadySubmitted.getMessage() + " to POST " + path + "/revisions");
        } catch (InvalidFigures invalid) {
            throw problem(invalid, "", "body");
        }
    }

    @Operation(summary = "Revise a return: the whole new set of figures and the reason; the earlier figures stay in the history")
    @PostMapping("/{county}/{period}/revisions")
    ResponseEntity<String> revise(@PathVariable County county, @PathVariable String period, @Valid @RequestBody RevisionRequest request,
                                  @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                  @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        try {
            return write("POST", path(county, month) + "/revisions", county, month, request, idempotencyKey, null, (unit, today) ->
                    new ReviseReturn(county, month, request.figures().toFigures(), request.reason().strip(), unit, expectedVersion));
        } catch (InvalidFigures invalid) {
            throw problem(invalid, "figures.", "figures");
        }
    }

    /**
     * Sends a command once per idempotency key, with the submitter's identity as metadata, and answers 201 with
     * the return's version after it.
     */
    private ResponseEntity<String> write(String method, String path, County county, ReportingPeriod period, Object request,
                                         String idempotencyKey, String location, BiFunction<ReportingUnit, LocalDate, Object> command) {
        Submitter submitter = Submitter.current();
        return idempotency.execute(submitter.subject(), idempotencyKey, idempotency.describe(method, path, request), () -> {
            Instant now = clock.instant();
            Long version = commands.sendAndWait(command.apply(submitter.unit(), calendar.today()),
                    Submissions.metadata(submitter, now, CorrelationIdFilter.current()));
            return new IdempotentRequests.Response(HttpStatus.CREATED.value(), new SubmissionReceipt(
                    StatisticalReturnEvent.returnId(county, period), version, CorrelationIdFilter.current(), now),
                    AggregateVersions.etag(version), location);
        });
    }

    private static String path(County county, ReportingPeriod period) {
        return "/api/statistical-returns/" + StatisticalReturnEvent.returnId(county, period);
    }

    /** Figures the aggregate refused, named as the request names them ({@code patentsGranted}, {@code figures.patentsGranted}). */
    private static ApiProblem problem(InvalidFigures invalid, String prefix, String whole) {
        return new ApiProblem(ProblemType.INVALID_FIELD, invalid.violations().stream()
                .map(v -> new FieldError(v.figure() == null ? whole : prefix + v.figure(), v.reason())).toList());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> unknownReturn(AggregateNotFoundException e) {
        return Problems.response(ProblemType.NOT_FOUND, List.of(new FieldError("period",
                "no return '" + e.getAggregateIdentifier() + "' was submitted; submit it with PUT first")));
    }

}
