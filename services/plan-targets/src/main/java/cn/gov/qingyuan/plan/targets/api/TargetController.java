package cn.gov.qingyuan.plan.targets.api;

import cn.gov.qingyuan.plan.contracts.ReportingDomain;
import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.RecordKind;
import cn.gov.qingyuan.plan.commands.RecordSubmissions;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent;
import cn.gov.qingyuan.plan.http.Role;
import cn.gov.qingyuan.plan.targets.command.TargetsInForce;
import cn.gov.qingyuan.plan.targets.input.AllocationInput;
import cn.gov.qingyuan.plan.targets.input.CityTargetInput;
import cn.gov.qingyuan.plan.targets.input.TargetInputs;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Planners set the city's targets and issue county splits here; the command kit does the rest of the path (role,
 * {@code Idempotency-Key}, {@code If-Match} with the indicator's version, receipt, ETag) and answers the auditors'
 * history. Planners act citywide.
 */
@RestController
@RequestMapping("/api/targets")
class TargetController {

    private final RecordSubmissions targets;
    private final TargetInputs inputs;

    TargetController(CommandSubmissions submissions, TargetInputs inputs) {
        // The state read is TargetReadController's: it names who set each figure and answers an indicator with no target yet.
        // An unknown code is no indicator: its history is refused 400 on "indicator", as every route refuses it.
        this.targets = submissions.of(RecordKind.of("set of targets", ReportingDomain.PLAN_TARGETS, PlanTargetEvent.class, TargetsInForce.FOLD)
                .id("indicator").at("/api/targets/{indicator}").writtenBy(Role.PLANNER).coveredBy((unit, targets) -> true)
                .idFromAddress(address -> inputs.indicator(address.get("indicator")).code().value())
                .missing("indicator", code -> "no target of '" + code + "' is recorded yet").stateReadByService().build());
        this.inputs = inputs;
    }

    @Operation(summary = "Set the city's target of an indicator for a plan year (2015, 2016, 2017) or the whole plan (2015-2017)")
    @PutMapping("/{indicator}/city/{period}")
    ResponseEntity<String> setCityTarget(@PathVariable String indicator, @PathVariable String period,
                                         @Valid @RequestBody CityTargetInput request) {
        ResponseEntity<String> set = targets.change(indicator, request,
                s -> inputs.cityTarget(indicator, period, request, false, s.expectedVersion()));
        // A PUT replaces the target in force: 200, as it always answered (the kit answers every change 201).
        return ResponseEntity.ok().headers(set.getHeaders()).body(set.getBody());
    }

    @Operation(summary = "Issue one year's split of an indicator over all eight counties; a later one supersedes it, "
            + "one issued after the year's due date is accepted and marked late")
    @PostMapping("/{indicator}/allocations/{year}")
    ResponseEntity<String> issueAllocation(@PathVariable String indicator, @PathVariable String year,
                                           @Valid @RequestBody AllocationInput request) {
        // A change for the kit, not a create: a split honours If-Match with the indicator's version, which a create ignores.
        ResponseEntity<String> issued = targets.change(indicator, request,
                s -> inputs.allocation(indicator, year, request, false, s.expectedVersion()));
        return ResponseEntity.status(issued.getStatusCode()).headers(issued.getHeaders())
                .location(URI.create("/api/targets/" + indicator)).body(issued.getBody());
    }
}
