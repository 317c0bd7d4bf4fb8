package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.MotorUpgradeCompletionRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.RegisterMotorUpgradeRequest;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.CompleteMotorUpgrade;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.RegisterMotorUpgrade;
import cn.gov.qingyuan.plan.eventing.AggregateVersions;
import cn.gov.qingyuan.plan.eventing.IdempotentRequests;
import cn.gov.qingyuan.plan.eventing.PlanCalendar;
import cn.gov.qingyuan.plan.http.FieldError;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Problems;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Departments register enterprises' motor energy-efficiency upgrades and record their completion (capacity in kW) here. */
@RestController
@RequestMapping(MotorUpgradeController.BASE)
@PreAuthorize("hasRole('REPORTER')")
class MotorUpgradeController {

    static final String BASE = "/api/motor-upgrades";

    private final CommandSubmissions submissions;
    private final PlanCalendar calendar;

    MotorUpgradeController(CommandSubmissions submissions, PlanCalendar calendar) {
        this.submissions = submissions;
        this.calendar = calendar;
    }

    @Operation(summary = "Register an enterprise's motor energy-efficiency upgrade project")
    @PostMapping
    ResponseEntity<String> register(@Valid @RequestBody RegisterMotorUpgradeRequest request,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        String upgradeId = UUID.randomUUID().toString();
        return submissions.send("POST", BASE, request, idempotencyKey, upgradeId, BASE + "/" + upgradeId, (unit, today) ->
                new RegisterMotorUpgrade(upgradeId, new EnterpriseCode(request.enterpriseCode()), request.enterpriseName().strip(),
                        request.county(), unit));
    }

    @Operation(summary = "Record the upgrade's completion and the motor capacity upgraded (kW); once; counts in that day's year")
    @PostMapping("/{upgradeId}/completion")
    ResponseEntity<String> complete(@PathVariable String upgradeId, @Valid @RequestBody MotorUpgradeCompletionRequest request,
                                    @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        return submissions.send("POST", BASE + "/" + upgradeId + "/completion", request, idempotencyKey, upgradeId, null, (unit, today) ->
                new CompleteMotorUpgrade(upgradeId, calendar.pastDay("completedOn", request.completedOn()), request.capacityKw(), unit,
                        expectedVersion));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> unknownUpgrade(AggregateNotFoundException e) {
        return Problems.response(ProblemType.NOT_FOUND,
                List.of(new FieldError("upgradeId", "no motor upgrade '" + e.getAggregateIdentifier() + "' is registered")));
    }
}
