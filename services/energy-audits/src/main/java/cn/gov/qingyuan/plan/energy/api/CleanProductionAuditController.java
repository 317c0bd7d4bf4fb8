package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.AuditAcceptanceRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.AuditStartRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.PlanAuditRequest;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.AcceptCleanProductionAudit;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.PlanCleanProductionAudit;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.StartCleanProductionAudit;
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

/**
 * Departments plan enterprises' clean-production audits and record their start and acceptance here. Every write
 * needs a reporter's token whose unit covers the county; it may carry an {@code Idempotency-Key}, and a change to an
 * existing audit an {@code If-Match} with the version read before. Answers carry the audit's new version as ETag.
 */
@RestController
@RequestMapping(CleanProductionAuditController.BASE)
@PreAuthorize("hasRole('REPORTER')")
class CleanProductionAuditController {

    static final String BASE = "/api/clean-production-audits";

    private final CommandSubmissions submissions;
    private final PlanCalendar calendar;

    CleanProductionAuditController(CommandSubmissions submissions, PlanCalendar calendar) {
        this.submissions = submissions;
        this.calendar = calendar;
    }

    @Operation(summary = "Plan an enterprise's clean-production audit")
    @PostMapping
    ResponseEntity<String> plan(@Valid @RequestBody PlanAuditRequest request,
                                @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        String auditId = UUID.randomUUID().toString();
        return submissions.send("POST", BASE, request, idempotencyKey, auditId, BASE + "/" + auditId, (unit, today) ->
                new PlanCleanProductionAudit(auditId, new EnterpriseCode(request.enterpriseCode()), request.enterpriseName().strip(),
                        request.county(), request.industry(), unit));
    }

    @Operation(summary = "Record the day the audit started; once, after it was planned")
    @PostMapping("/{auditId}/start")
    ResponseEntity<String> start(@PathVariable String auditId, @Valid @RequestBody AuditStartRequest request,
                                 @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                 @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        return submissions.send("POST", BASE + "/" + auditId + "/start", request, idempotencyKey, auditId, null, (unit, today) ->
                new StartCleanProductionAudit(auditId, calendar.pastDay("startedOn", request.startedOn()), unit, expectedVersion));
    }

    @Operation(summary = "Record the day the audit passed acceptance; once, after its start; counts in that day's year")
    @PostMapping("/{auditId}/acceptance")
    ResponseEntity<String> accept(@PathVariable String auditId, @Valid @RequestBody AuditAcceptanceRequest request,
                                  @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                  @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        return submissions.send("POST", BASE + "/" + auditId + "/acceptance", request, idempotencyKey, auditId, null, (unit, today) ->
                new AcceptCleanProductionAudit(auditId, calendar.pastDay("acceptedOn", request.acceptedOn()), unit, expectedVersion));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> unknownAudit(AggregateNotFoundException e) {
        return Problems.response(ProblemType.NOT_FOUND,
                List.of(new FieldError("auditId", "no clean-production audit '" + e.getAggregateIdentifier() + "' is planned")));
    }
}
