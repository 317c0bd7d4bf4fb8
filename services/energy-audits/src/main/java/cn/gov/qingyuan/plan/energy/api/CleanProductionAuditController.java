package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.PlanCalendar;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.AuditAcceptanceRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.AuditStartRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.PlanAuditRequest;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.AcceptCleanProductionAudit;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.PlanCleanProductionAudit;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.StartCleanProductionAudit;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static cn.gov.qingyuan.plan.energy.api.EnergyRecords.AUDIT;

/** Departments plan enterprises' clean-production audits and record their start and acceptance here. */
@RestController
@RequestMapping("/api/clean-production-audits")
class CleanProductionAuditController {

    private final CommandSubmissions submissions;
    private final PlanCalendar calendar;

    CleanProductionAuditController(CommandSubmissions submissions, PlanCalendar calendar) {
        this.submissions = submissions;
        this.calendar = calendar;
    }

    @Operation(summary = "Plan an enterprise's clean-production audit")
    @PostMapping
    ResponseEntity<String> plan(@Valid @RequestBody PlanAuditRequest request) {
        String auditId = UUID.randomUUID().toString();
        return submissions.create(AUDIT, auditId, request, s -> new PlanCleanProductionAudit(auditId,
                new EnterpriseCode(request.enterpriseCode()), request.enterpriseName().strip(), request.county(), request.industry(), s.unit()));
    }

    @Operation(summary = "Record the day the audit started; once, after it was planned")
    @PostMapping("/{auditId}/start")
    ResponseEntity<String> start(@PathVariable String auditId, @Valid @RequestBody AuditStartRequest request) {
        return submissions.change(AUDIT, auditId, request, s -> new StartCleanProductionAudit(auditId,
                calendar.pastDay("startedOn", request.startedOn()), s.unit(), s.expectedVersion()));
    }

    @Operation(summary = "Record the day the audit passed acceptance; once, after its start; counts in that day's year")
    @PostMapping("/{auditId}/acceptance")
    ResponseEntity<String> accept(@PathVariable String auditId, @Valid @RequestBody AuditAcceptanceRequest request) {
        return submissions.change(AUDIT, auditId, request, s -> new AcceptCleanProductionAudit(auditId,
                calendar.pastDay("acceptedOn", request.acceptedOn()), s.unit(), s.expectedVersion()));
    }
}
