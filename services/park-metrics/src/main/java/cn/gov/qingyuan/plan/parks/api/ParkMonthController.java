package cn.gov.qingyuan.plan.parks.api;

import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent;
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
import cn.gov.qingyuan.plan.parks.api.ParkRequests.FiguresRequest;
import cn.gov.qingyuan.plan.parks.api.ParkRequests.RevisionRequest;
import cn.gov.qingyuan.plan.parks.command.InvalidFigures;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.ReviseParkFigures;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.SubmitParkFigures;
import cn.gov.qingyuan.plan.parks.command.ParkRuleViolated;
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
 * Park committees, host counties' governments and city bureaus submit a park's figures for a month here, and
 * revise them.
 *
 * <p>Submission is a {@code PUT} on the month's own address, {@code /api/parks/{parkId}/months/{period}}: the
 * client names the month (one per park and month), and repeating the request can never make a second one. It only
 * ever creates: a month already there is a 409, because changed figures need a reason and so go through
 * {@code POST .../revisions}, which keeps every earlier set in the history.
 *
 * <p>Every write needs a reporter's token whose reporting unit covers the park; it may carry an
 * {@code Idempotency-Key} and a revision an {@code If-Match}. Answers carry the month's new version as ETag.
 */
@RestController
@RequestMapping(ParkMonthController.BASE)
@PreAuthorize("hasRole('REPORTER')")
class ParkMonthController {

    static final String BASE = "/api/parks";

    private final CommandGateway commands;
    private final ParkReference parks;
    private final PlanCalendar calendar;
    private final Clock clock;
    private final IdempotentRequests idempotency;

    ParkMonthController(CommandGateway commands, ParkReference parks, PlanCalendar calendar, Clock clock, IdempotentRequests idempotency) {
        this.commands = commands;
        this.parks = parks;
        this.calendar = calendar;
        this.clock = clock;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Submit a park's figures for a month (万元); late figures are accepted and marked late")
    @PutMapping("/{parkId}/months/{period}")
    ResponseEntity<String> submit(@PathVariable String parkId, @PathVariable String period, @Valid @RequestBody FiguresRequest request,
                                  @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Park park = parks.park(parkId);
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        String path = path(park, month);
        try {
            return write("PUT", path, park, month, request, idempotencyKey, path, (unit, today) ->
                    new SubmitParkFigures(park, month, request.toFigures(), today, unit));
        } catch (ParkRuleViolated alreadySubmitted) {
            throw ApiProblem.conflict(alreadySubmitted.field(), alreadySubmitted.getMessage() + " to POST " + path + "/revisions");
        } catch (InvalidFigures invalid) {
            throw problem(invalid, "", "body");
        }
    }

    @Operation(summary = "Revise a park's month: the whole new set of figures and the reason; the earlier figures stay in the history")
    @PostMapping("/{parkId}/months/{period}/revisions")
    ResponseEntity<String> revise(@PathVariable String parkId, @PathVariable String period, @Valid @RequestBody RevisionRequest request,
                                  @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                  @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        Park park = parks.park(parkId);
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        try {
            return write("POST", path(park, month) + "/revisions", park, month, request, idempotencyKey, null, (unit, today) ->
                    new ReviseParkFigures(park, month, request.figures().toFigures(), request.reason().strip(), unit, expectedVersion));
        } catch (InvalidFigures invalid) {
            throw problem(invalid, "figures.", "figures");
        }
    }

    /** Sends a command once per idempotency key, with the submitter's identity as metadata, and answers 201 with the new version. */
    private ResponseEntity<String> write(String method, String path, Park park, ReportingPeriod period, Object request,
                                         String idempotencyKey, String location, BiFunction<ReportingUnit, LocalDate, Object> command) {
        Submitter submitter = Submitter.current();
        return idempotency.execute(submitter.subject(), idempotencyKey, idempotency.describe(method, path, request), () -> {
            Instant now = clock.instant();
            Long version = commands.sendAndWait(command.apply(submitter.unit(), calendar.today()),
                    Submissions.metadata(submitter, now, CorrelationIdFilter.current()));
            return new IdempotentRequests.Response(HttpStatus.CREATED.value(), new SubmissionReceipt(
                    ParkMonthEvent.parkMonthId(park.id(), period), version, CorrelationIdFilter.current(), now),
                    AggregateVersions.etag(version), location);
        });
    }

    static String path(Park park, ReportingPeriod period) {
        return BASE + "/" + park.id() + "/months/" + period;
    }

    /** Figures the aggregate refused, named as the request names them ({@code aboveScaleValueAddedWanYuan}, {@code figures.…}). */
    private static ApiProblem problem(InvalidFigures invalid, String prefix, String whole) {
        return new ApiProblem(ProblemType.INVALID_FIELD, invalid.violations().stream()
                .map(v -> new FieldError(v.figure() == null ? whole : prefix + v.figure(), v.reason())).toList());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> unknownMonth(AggregateNotFoundException e) {
        return Problems.response(ProblemType.NOT_FOUND, List.of(new FieldError("period",
                "no figures '" + e.getAggregateIdentifier() + "' were submitted; submit them with PUT first")));
    }

}
