package cn.gov.qingyuan.plan.targets.api;

import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.RecordKind;
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
 * {@code Idempotency-Key}, {@code If-Match} with the indicator's version, receipt, ETag). Planners act citywide.
 */
@RestController
@RequestMapping("/api/targets")
class TargetController {

    /**
     * Not a bean: the kit would then answer {@code GET /api/targets/{indicator}} from the fold alone, which can neither say
     * who set a figure (that is in the events' metadata) nor answer an indicator with no target yet; {@link TargetReadController} does.
     */
    static final RecordKind<PlanTargetEvent, TargetsInForce> INDICATOR = RecordKind
            .of("set of targets", PlanTargetEvent.class, TargetsInForce.FOLD)
            .id("indicator").at("/api/targets/{indicator}")
            .coveredBy((unit, targets) -> true)
            .writtenBy(Role.PLANNER)
            .build();

    private final CommandSubmissions submissions;
    private final TargetInputs inputs;

    TargetController(CommandSubmissions submissions, TargetInputs inputs) {
        this.submissions = submissions;
        this.inputs = inputs;
    }

    @Operation(summary = "Set the city's target of an indicator for a plan year (2015, 2016, 2017) or the whole plan (2015-2017)")
    @PutMapping("/{indicator}/city/{period}")
    ResponseEntity<String> setCityTarget(@PathVariable String indicator, @PathVariable String period,
                                         @Valid @RequestBody CityTargetInput request) {
        ResponseEntity<String> set = submissions.change(INDICATOR, indicator, request,
                s -> inputs.cityTarget(indicator, period, request, false, s.expectedVersion()));
        // A PUT replaces the target in force: 200, as it always answered (the kit answers every change 201).
        return ResponseEntity.ok().headers(set.getHeaders()).body(set.getBody());
    }

    @Operation(summary = "Issue one year's split of an indicator over all eight counties; a later one supersedes it, "
            + "one issued after the year's due date is accepted and marked late")
    @PostMapping("/{indicator}/allocations/{year}")
    ResponseEntity<String> issueAllocation(@PathVariable String indicator, @PathVariable String year,
                                           @Valid @RequestBody AllocationInput request) {
        ResponseEntity<String> issued = submissions.change(INDICATOR, indicator, request,
                s -> inputs.allocation(indicator, year, request, false, s.expectedVersion()));
        // A change for the kit, so If-Match is checked; a new split for the client, at the indicator's address.
        return ResponseEntity.status(issued.getStatusCode()).headers(issued.getHeaders())
                .location(URI.create("/api/targets/" + indicator)).body(issued.getBody());
    }
}
