package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
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
import cn.gov.qingyuan.plan.projects.api.ProjectRequests.CorrectionRequest;
import cn.gov.qingyuan.plan.projects.api.ProjectRequests.InvestmentReportRequest;
import cn.gov.qingyuan.plan.projects.api.ProjectRequests.MilestoneRequest;
import cn.gov.qingyuan.plan.projects.api.ProjectRequests.RegisterProjectRequest;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.CorrectInvestmentReport;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.RecordMilestone;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.RegisterProject;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.ReportInvestment;
import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.Parks;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Departments register projects, record their milestones, report their monthly investment and correct it
 * here. Every submission needs a reporter's token whose reporting unit covers the project; it may carry an
 * {@code Idempotency-Key} (a retry returns the first answer and records nothing more) and, on an existing
 * project, an {@code If-Match} with the version read before (a stale one gets 409). Answers carry the
 * project's new version as ETag.
 */
@RestController
@RequestMapping("/api/projects")
@PreAuthorize("hasRole('REPORTER')")
class ProjectController {

    private final CommandGateway commands;
    private final Parks parks;
    private final PlanCalendar calendar;
    private final Clock clock;
    private final IdempotentRequests idempotency;

    ProjectController(CommandGateway commands, Parks parks, PlanCalendar calendar, Clock clock, IdempotentRequests idempotency) {
        this.commands = commands;
        this.parks = parks;
        this.calendar = calendar;
        this.clock = clock;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Register an industrial investment project")
    @PostMapping
    ResponseEntity<String> register(@Valid @RequestBody RegisterProjectRequest request,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        if (request.parkId() != null) {
            Park park = parks.find(request.parkId()).orElseThrow(() ->
                    ApiProblem.invalid("parkId", "unknown park '" + request.parkId() + "'; see GET /api/parks"));
            if (park.hostCounty() != request.county()) {
                throw ApiProblem.invalid("parkId", "park '" + park.id() + "' lies in " + park.hostCounty().code()
                        + ", not in " + request.county().code());
            }
        }
        Submitter submitter = Submitter.current();
        return idempotency.execute(submitter.subject(), idempotencyKey, idempotency.describe("POST", "/api/projects", request), () -> {
            String projectId = UUID.randomUUID().toString();
            Instant now = clock.instant();
            commands.sendAndWait(new RegisterProject(projectId, request.enterprise().strip(), request.county(), request.parkId(),
                    request.industry().strip(), request.plannedInvestmentWanYuan(), request.advancedManufacturing(), request.highTech(),
                    submitter.unit()), metadata(submitter, now));
            return new IdempotentRequests.Response(HttpStatus.CREATED.value(), receipt(projectId, now, 0L), AggregateVersions.etag(0),
                    "/api/projects/" + projectId);
        });
    }

    @Operation(summary = "Record that a project reached a stage (signed, construction started, completed, in production)")
    @PostMapping("/{projectId}/milestones")
    ResponseEntity<String> recordMilestone(@PathVariable String projectId, @Valid @RequestBody MilestoneRequest request,
                                           @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                           @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        return change(projectId, "/milestones", request, idempotencyKey, (unit, today) ->
                new RecordMilestone(projectId, request.stage(), calendar.pastDay("reachedOn", request.reachedOn()), unit, expectedVersion));
    }

    @Operation(summary = "Report the investment a project completed in one month (万元); late reports are accepted and marked late")
    @PostMapping("/{projectId}/investment-reports")
    ResponseEntity<String> reportInvestment(@PathVariable String projectId, @Valid @RequestBody InvestmentReportRequest request,
                                            @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        return change(projectId, "/investment-reports", request, idempotencyKey, (unit, today) ->
                new ReportInvestment(projectId, calendar.reportablePeriod("period", request.period()), request.amountWanYuan(), today,
                        unit, expectedVersion));
    }

    @Operation(summary = "Correct a month's reported investment, giving the reason; the original stays in the history")
    @PostMapping("/{projectId}/investment-reports/{period}/corrections")
    ResponseEntity<String> correctInvestment(@PathVariable String projectId, @PathVariable String period,
                                             @Valid @RequestBody CorrectionRequest request,
                                             @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                             @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        return change(projectId, "/investment-reports/" + period + "/corrections", request, idempotencyKey, (unit, today) ->
                new CorrectInvestmentReport(projectId, calendar.reportablePeriod("period", period), request.amountWanYuan(),
                        request.reason().strip(), unit, expectedVersion));
    }

    /**
     * Sends a command that changes an existing project, once per idempotency key, with the submitter's
     * identity as metadata, and answers with the project's new version.
     */
    private ResponseEntity<String> change(String projectId, String subpath, Object request, String idempotencyKey,
                                          BiFunction<ReportingUnit, LocalDate, Object> command) {
        Submitter submitter = Submitter.current();
        String path = "/api/projects/" + projectId + subpath;
        return idempotency.execute(submitter.subject(), idempotencyKey, idempotency.describe("POST", path, request), () -> {
            Instant now = clock.instant();
            Long version = commands.sendAndWait(command.apply(submitter.unit(), calendar.today()), metadata(submitter, now));
            return new IdempotentRequests.Response(HttpStatus.CREATED.value(), receipt(projectId, now, version),
                    AggregateVersions.etag(version), null);
        });
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> unknownProject(AggregateNotFoundException e) {
        return Problems.response(ProblemType.NOT_FOUND,
                List.of(new FieldError("projectId", "no project '" + e.getAggregateIdentifier() + "' is registered")));
    }

    private static MetaData metadata(Submitter submitter, Instant now) {
        return Submissions.metadata(submitter, now, CorrelationIdFilter.current());
    }

    private static SubmissionReceipt receipt(String projectId, Instant now, long version) {
        return new SubmissionReceipt(projectId, version, CorrelationIdFilter.current(), now);
    }
}
