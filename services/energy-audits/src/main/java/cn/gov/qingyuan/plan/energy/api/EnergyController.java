package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.PlanCalendar;
import cn.gov.qingyuan.plan.commands.RecordSubmissions;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.AuditAcceptanceRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.AuditStartRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.EnergyFiguresRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.EnergyRevisionRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.MonitoringConnectionRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.MotorUpgradeCompletionRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.PlanAuditRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.PlatformLaunchRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.RegisterMotorUpgradeRequest;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.AcceptCleanProductionAudit;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.CompleteMotorUpgrade;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.ConnectEnterpriseMonitoring;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.LaunchEnergyManagementPlatform;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.PlanCleanProductionAudit;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.RegisterMotorUpgrade;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.ReviseEnergyReturn;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.StartCleanProductionAudit;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.SubmitEnergyReturn;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static cn.gov.qingyuan.plan.energy.api.EnergyRecords.AUDIT;
import static cn.gov.qingyuan.plan.energy.api.EnergyRecords.CONNECTION;
import static cn.gov.qingyuan.plan.energy.api.EnergyRecords.ENERGY_RETURN;
import static cn.gov.qingyuan.plan.energy.api.EnergyRecords.PLATFORM;
import static cn.gov.qingyuan.plan.energy.api.EnergyRecords.UPGRADE;

/**
 * Every write of the energy API, each a request mapped to a command; the command kit does the rest of the path. Departments
 * plan enterprises' clean-production audits and register motor upgrades, then record their steps; county governments and
 * city bureaus submit a county's monthly energy return and revise it; an enterprise's monitoring connection and an energy
 * management platform going live each happen once (a second time is a 409 for the unit that recorded it, a 403 telling
 * nothing for any other).
 */
@RestController
class EnergyController {

    private final RecordSubmissions audits;
    private final RecordSubmissions upgrades;
    private final RecordSubmissions returns;
    private final RecordSubmissions connections;
    private final RecordSubmissions platforms;
    /** A return's id is its county and month, so the month is read before the submission, not in it. */
    private final PlanCalendar calendar;

    EnergyController(CommandSubmissions submissions, PlanCalendar calendar) {
        this.audits = submissions.of(AUDIT);
        this.upgrades = submissions.of(UPGRADE);
        this.returns = submissions.of(ENERGY_RETURN);
        this.connections = submissions.of(CONNECTION);
        this.platforms = submissions.of(PLATFORM);
        this.calendar = calendar;
    }

    @Operation(summary = "Plan an enterprise's clean-production audit")
    @PostMapping("/api/clean-production-audits")
    ResponseEntity<String> planAudit(@Valid @RequestBody PlanAuditRequest request) {
        String auditId = UUID.randomUUID().toString();
        return audits.create(auditId, request, s -> new PlanCleanProductionAudit(auditId, new EnterpriseCode(request.enterpriseCode()),
                request.enterpriseName().strip(), request.county(), request.industry(), s.unit()));
    }

    @Operation(summary = "Record the day the audit started; once, after it was planned")
    @PostMapping("/api/clean-production-audits/{auditId}/start")
    ResponseEntity<String> startAudit(@PathVariable String auditId, @Valid @RequestBody AuditStartRequest request) {
        return audits.change(auditId, request, s -> new StartCleanProductionAudit(auditId, s.pastDay("startedOn", request.startedOn()),
                s.unit(), s.expectedVersion()));
    }

    @Operation(summary = "Record the day the audit passed acceptance; once, after its start; counts in that day's year")
    @PostMapping("/api/clean-production-audits/{auditId}/acceptance")
    ResponseEntity<String> acceptAudit(@PathVariable String auditId, @Valid @RequestBody AuditAcceptanceRequest request) {
        return audits.change(auditId, request, s -> new AcceptCleanProductionAudit(auditId, s.pastDay("acceptedOn", request.acceptedOn()),
                s.unit(), s.expectedVersion()));
    }

    @Operation(summary = "Register an enterprise's motor energy-efficiency upgrade project")
    @PostMapping("/api/motor-upgrades")
    ResponseEntity<String> registerUpgrade(@Valid @RequestBody RegisterMotorUpgradeRequest request) {
        String upgradeId = UUID.randomUUID().toString();
        return upgrades.create(upgradeId, request, s -> new RegisterMotorUpgrade(upgradeId, new EnterpriseCode(request.enterpriseCode()),
                request.enterpriseName().strip(), request.county(), s.unit()));
    }

    @Operation(summary = "Record the upgrade's completion and the motor capacity upgraded (kW); once; counts in that day's year")
    @PostMapping("/api/motor-upgrades/{upgradeId}/completion")
    ResponseEntity<String> completeUpgrade(@PathVariable String upgradeId, @Valid @RequestBody MotorUpgradeCompletionRequest request) {
        return upgrades.change(upgradeId, request, s -> new CompleteMotorUpgrade(upgradeId, s.pastDay("completedOn", request.completedOn()),
                request.capacityKw(), s.unit(), s.expectedVersion()));
    }

    /** Only ever creates: a changed figure needs a reason, so a return already there is a 409 pointing to its revisions. */
    @Operation(summary = "Submit a county's energy return as of a month (YTD tonnes); late returns are accepted and marked late")
    @PutMapping("/api/energy-returns/{county}/{period}")
    ResponseEntity<String> submitReturn(@PathVariable County county, @PathVariable String period,
                                        @Valid @RequestBody EnergyFiguresRequest request) {
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        return returns.create(CountyEnergyReturnEvent.returnId(county, month), request, s -> new SubmitEnergyReturn(county, month,
                request.toFigures(), s.today(), s.unit()));
    }

    @Operation(summary = "Revise a return: the whole new set of figures and the reason; the earlier figures stay in the history")
    @PostMapping("/api/energy-returns/{county}/{period}/revisions")
    ResponseEntity<String> reviseReturn(@PathVariable County county, @PathVariable String period,
                                        @Valid @RequestBody EnergyRevisionRequest request) {
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        return returns.change(CountyEnergyReturnEvent.returnId(county, month), request, s -> new ReviseEnergyReturn(county, month,
                request.figures().toFigures(), request.reason().strip(), s.unit(), s.expectedVersion()));
    }

    @Operation(summary = "Record that an enterprise's online energy-consumption monitoring data was connected; once per enterprise")
    @PostMapping("/api/energy-monitoring/connections")
    ResponseEntity<String> connect(@Valid @RequestBody MonitoringConnectionRequest request) {
        EnterpriseCode code = new EnterpriseCode(request.enterpriseCode());
        return connections.create(code.value(), request, s -> new ConnectEnterpriseMonitoring(code, request.enterpriseName().strip(),
                request.county(), s.pastDay("connectedOn", request.connectedOn()), s.unit()));
    }

    @Operation(summary = "Record that an energy management centre platform went live; once per platform")
    @PostMapping("/api/energy-management-platforms")
    ResponseEntity<String> launch(@Valid @RequestBody PlatformLaunchRequest request) {
        return platforms.create(request.platformId(), request, s -> new LaunchEnergyManagementPlatform(request.platformId(),
                request.name().strip(), request.county(), request.cityPlatform(), s.pastDay("launchedOn", request.launchedOn()), s.unit()));
    }
}
