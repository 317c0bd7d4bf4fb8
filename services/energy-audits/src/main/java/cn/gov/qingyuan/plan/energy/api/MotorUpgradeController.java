package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.PlanCalendar;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.MotorUpgradeCompletionRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.RegisterMotorUpgradeRequest;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.CompleteMotorUpgrade;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.RegisterMotorUpgrade;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static cn.gov.qingyuan.plan.energy.api.EnergyRecords.UPGRADE;

/** Departments register enterprises' motor energy-efficiency upgrades and record their completion (capacity in kW) here. */
@RestController
@RequestMapping("/api/motor-upgrades")
class MotorUpgradeController {

    private final CommandSubmissions submissions;
    private final PlanCalendar calendar;

    MotorUpgradeController(CommandSubmissions submissions, PlanCalendar calendar) {
        this.submissions = submissions;
        this.calendar = calendar;
    }

    @Operation(summary = "Register an enterprise's motor energy-efficiency upgrade project")
    @PostMapping
    ResponseEntity<String> register(@Valid @RequestBody RegisterMotorUpgradeRequest request) {
        String upgradeId = UUID.randomUUID().toString();
        return submissions.create(UPGRADE, upgradeId, request, s -> new RegisterMotorUpgrade(upgradeId,
                new EnterpriseCode(request.enterpriseCode()), request.enterpriseName().strip(), request.county(), s.unit()));
    }

    @Operation(summary = "Record the upgrade's completion and the motor capacity upgraded (kW); once; counts in that day's year")
    @PostMapping("/{upgradeId}/completion")
    ResponseEntity<String> complete(@PathVariable String upgradeId, @Valid @RequestBody MotorUpgradeCompletionRequest request) {
        return submissions.change(UPGRADE, upgradeId, request, s -> new CompleteMotorUpgrade(upgradeId,
                calendar.pastDay("completedOn", request.completedOn()), request.capacityKw(), s.unit(), s.expectedVersion()));
    }
}
