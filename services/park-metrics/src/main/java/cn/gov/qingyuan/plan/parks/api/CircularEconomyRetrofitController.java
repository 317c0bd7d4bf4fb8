package cn.gov.qingyuan.plan.parks.api;

import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.eventing.AggregateVersions;
import cn.gov.qingyuan.plan.eventing.IdempotentRequests;
import cn.gov.qingyuan.plan.eventing.PlanCalendar;
import cn.gov.qingyuan.plan.eventing.Submissions;
import cn.gov.qingyuan.plan.http.CorrelationIdFilter;
import cn.gov.qingyuan.plan.http.FieldError;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Problems;
import cn.gov.qingyuan.plan.http.Submitter;
import cn.gov.qingyuan.plan.parks.api.ParkRequests.CompletionRequest;
import cn.gov.qingyuan.plan.parks.api.ParkRequests.StartRequest;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.CompleteCircularEconomyRetrofit;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.StartCircularEconomyRetrofit;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A park's circular-economy retrofit (plan action 6): its start and its completion, each recorded once by a reporter
 * whose unit covers the park. Same conventions as the monthly figures: {@code Idempotency-Key}, {@code If-Match} on
 * the completion, the retrofit's version as ETag.
 */
@RestController
@RequestMapping(CircularEconomyRetrofitController.BASE)
@PreAuthorize("hasRole('REPORTER')")
class CircularEconomyRetrofitController {

    static final String BASE = "/api/parks/{parkId}/circular-economy-retrofit";

    private final CommandGateway commands;
    private final ParkReference parks;
    private final PlanCalendar calendar;
    private final Clock clock;
    private final IdempotentRequests idempotency;

    CircularEconomyRetrofitController(CommandGateway commands, ParkReference parks, PlanCalendar calendar, Clock clock,
                                      IdempotentRequests idempotency) {
        this.commands = commands;
        this.parks = parks;
        this.calendar = calendar;
        this.clock = clock;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Record that a park started its circular-economy retrofit, and on which day; once per park")
    @PostMapping("/start")
    ResponseEntity<String> start(@PathVariable String parkId, @Valid @RequestBody StartRequest request,
                                 @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Park park = parks.park(parkId);
        return write(park, "/start", request, idempotencyKey, true, unit ->
                new StartCircularEconomyRetrofit(park, calendar.pastDay("startedOn", request.startedOn()), unit));
    }

    @Operation(summary = "Record that a park completed its circular-economy retrofit, and on which day; once, not before it started")
    @PostMapping("/completion")
    ResponseEntity<String> complete(@PathVariable String parkId, @Valid @RequestBody CompletionRequest request,
                                    @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        Park park = parks.park(parkId);
        return write(park, "/completion", request, idempotencyKey, false, unit ->
                new CompleteCircularEconomyRetrofit(park, calendar.pastDay("completedOn", request.completedOn()), unit, expectedVersion));
    }

    private ResponseEntity<String> write(Park park, String subpath, Object request, String idempotencyKey, boolean creates,
                                         Function<ReportingUnit, Object> command) {
        Submitter submitter = Submitter.current();
        String base = path(park);
        return idempotency.execute(submitter.subject(), idempotencyKey, idempotency.describe("POST", base + subpath, request), () -> {
            Instant now = clock.instant();
            Long version = commands.sendAndWait(command.apply(submitter.unit()),
                    Submissions.metadata(submitter, now, CorrelationIdFilter.current()));
            return new IdempotentRequests.Response(HttpStatus.CREATED.value(),
                    new SubmissionReceipt(park.id(), version, CorrelationIdFilter.current(), now), AggregateVersions.etag(version),
                    creates ? base : null);
        });
    }

    static String path(Park park) {
        return "/api/parks/" + park.id() + "/circular-economy-retrofit";
    }

    /** Only the start creates the retrofit; completing one never started is a conflict with the park's record, not an unknown park. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notStarted(AggregateNotFoundException e) {
        return Problems.response(ProblemType.CONFLICT, List.of(new FieldError("completedOn", "the circular-economy retrofit of park "
                + e.getAggregateIdentifier() + " was never started; record its start first")));
    }

}
