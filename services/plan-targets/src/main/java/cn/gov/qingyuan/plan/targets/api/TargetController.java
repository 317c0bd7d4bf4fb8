package cn.gov.qingyuan.plan.targets.api;

import cn.gov.qingyuan.plan.eventing.AggregateVersions;
import cn.gov.qingyuan.plan.eventing.IdempotentRequests;
import cn.gov.qingyuan.plan.eventing.Submissions;
import cn.gov.qingyuan.plan.http.CorrelationIdFilter;
import cn.gov.qingyuan.plan.http.Submitter;
import cn.gov.qingyuan.plan.targets.input.AllocationInput;
import cn.gov.qingyuan.plan.targets.input.CityTargetInput;
import cn.gov.qingyuan.plan.targets.input.TargetInputs;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/**
 * Planners set the city's targets and issue county splits here. Same conventions as every submission API: the
 * planner's token, an optional {@code Idempotency-Key} (a retry returns the first answer and records nothing more), an
 * optional {@code If-Match} with the indicator's version (a stale one gets 409), and the new version as ETag.
 */
@RestController
@RequestMapping("/api/targets")
@PreAuthorize("hasRole('PLANNER')")
class TargetController {

    private final CommandGateway commands;
    private final TargetInputs inputs;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    TargetController(CommandGateway commands, TargetInputs inputs, IdempotentRequests idempotency, Clock clock) {
        this.commands = commands;
        this.inputs = inputs;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Operation(summary = "Set the city's target of an indicator for a plan year (2015, 2016, 2017) or the whole plan (2015-2017)")
    @PutMapping("/{indicator}/city/{period}")
    ResponseEntity<String> setCityTarget(@PathVariable String indicator, @PathVariable String period,
                                         @Valid @RequestBody CityTargetInput request,
                                         @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                         @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        Object command = inputs.cityTarget(indicator, period, request, false, expectedVersion);
        return submit("PUT", "/api/targets/" + indicator + "/city/" + period, request, idempotencyKey, HttpStatus.OK, indicator,
                command);
    }

    @Operation(summary = "Issue one year's split of an indicator over all eight counties; a later one supersedes it, "
            + "one issued after the year's due date is accepted and marked late")
    @PostMapping("/{indicator}/allocations/{year}")
    ResponseEntity<String> issueAllocation(@PathVariable String indicator, @PathVariable String year,
                                           @Valid @RequestBody AllocationInput request,
                                           @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                           @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        Object command = inputs.allocation(indicator, year, request, false, expectedVersion);
        return submit("POST", "/api/targets/" + indicator + "/allocations/" + year, request, idempotencyKey, HttpStatus.CREATED,
                indicator, command);
    }

    private ResponseEntity<String> submit(String method, String path, Object request, String idempotencyKey, HttpStatus status,
                                          String indicator, Object command) {
        Submitter submitter = Submitter.current();
        return idempotency.execute(submitter.subject(), idempotencyKey, idempotency.describe(method, path, request), () -> {
            Instant now = clock.instant();
            Long version = commands.sendAndWait(command, Submissions.metadata(submitter, now, CorrelationIdFilter.current()));
            return new IdempotentRequests.Response(status.value(), new SubmissionReceipt(indicator, version, CorrelationIdFilter.current(), now),
                    AggregateVersions.etag(version), status == HttpStatus.CREATED ? "/api/targets/" + indicator : null);
        });
    }

}
