package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.eventing.Submissions;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.CorrelationIdFilter;
import cn.gov.qingyuan.plan.http.FieldError;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Problems;
import cn.gov.qingyuan.plan.projects.api.ProjectRequests.CorrectionRequest;
import cn.gov.qingyuan.plan.projects.api.ProjectRequests.InvestmentReportRequest;
import cn.gov.qingyuan.plan.projects.api.ProjectRequests.MilestoneRequest;
import cn.gov.qingyuan.plan.projects.api.ProjectRequests.RegisterProjectRequest;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.CorrectInvestmentReport;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.RecordMilestone;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.RegisterProject;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.ReportInvestment;
import cn.gov.qingyuan.plan.projects.command.ProjectRuleViolated;
import cn.gov.qingyuan.plan.projects.reference.Park;
import cn.gov.qingyuan.plan.projects.reference.Parks;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Departments register projects, record their milestones and report their monthly investment here. */
@RestController
@RequestMapping("/api/projects")
class ProjectController {

    static final String SUBMITTED_BY = "X-Submitted-By";
    static final String REPORTING_UNIT = "X-Reporting-Unit";

    private final CommandGateway commands;
    private final Parks parks;
    private final PlanCalendar calendar;
    private final Clock clock;

    ProjectController(CommandGateway commands, Parks parks, PlanCalendar calendar, Clock clock) {
        this.commands = commands;
        this.parks = parks;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Operation(summary = "Register an industrial investment project")
    @PostMapping
    ResponseEntity<SubmissionReceipt> register(@Valid @RequestBody RegisterProjectRequest request,
                                               @RequestHeader(name = SUBMITTED_BY, required = false) String submittedBy,
                                               @RequestHeader(name = REPORTING_UNIT, required = false) String reportingUnit) {
        if (request.parkId() != null) {
            Park park = parks.find(request.parkId()).orElseThrow(() ->
                    ApiProblem.invalid("parkId", "unknown park '" + request.parkId() + "'; see GET /api/parks"));
            if (park.hostCounty() != request.county()) {
                throw ApiProblem.invalid("parkId", "park '" + park.id() + "' lies in " + park.hostCounty().code()
                        + ", not in " + request.county().code());
            }
        }
        String projectId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        commands.sendAndWait(new RegisterProject(projectId, request.enterprise().strip(), request.county(), request.parkId(),
                request.industry().strip(), request.plannedInvestmentWanYuan(), request.advancedManufacturing(), request.highTech()),
                metadata(submittedBy, reportingUnit, now));
        return ResponseEntity.created(URI.create("/api/projects/" + projectId)).body(receipt(projectId, now));
    }

    @Operation(summary = "Record that a project reached a stage (signed, construction started, completed, in production)")
    @PostMapping("/{projectId}/milestones")
    ResponseEntity<SubmissionReceipt> recordMilestone(@PathVariable String projectId, @Valid @RequestBody MilestoneRequest request,
                                                      @RequestHeader(name = SUBMITTED_BY, required = false) String submittedBy,
                                                      @RequestHeader(name = REPORTING_UNIT, required = false) String reportingUnit) {
        Instant now = clock.instant();
        commands.sendAndWait(new RecordMilestone(projectId, request.stage(), calendar.pastDay("reachedOn", request.reachedOn())),
                metadata(submittedBy, reportingUnit, now));
        return ResponseEntity.status(HttpStatus.CREATED).body(receipt(projectId, now));
    }

    @Operation(summary = "Report the investment a project completed in one month (万元)")
    @PostMapping("/{projectId}/investment-reports")
    ResponseEntity<SubmissionReceipt> reportInvestment(@PathVariable String projectId, @Valid @RequestBody InvestmentReportRequest request,
                                                       @RequestHeader(name = SUBMITTED_BY, required = false) String submittedBy,
                                                       @RequestHeader(name = REPORTING_UNIT, required = false) String reportingUnit) {
        Instant now = clock.instant();
        commands.sendAndWait(new ReportInvestment(projectId, calendar.reportablePeriod("period", request.period()), request.amountWanYuan(),
                calendar.today()), metadata(submittedBy, reportingUnit, now));
        return ResponseEntity.status(HttpStatus.CREATED).body(receipt(projectId, now));
    }

    @Operation(summary = "Correct a month's reported investment, giving the reason; the original stays in the history")
    @PostMapping("/{projectId}/investment-reports/{period}/corrections")
    ResponseEntity<SubmissionReceipt> correctInvestment(@PathVariable String projectId, @PathVariable String period,
                                                        @Valid @RequestBody CorrectionRequest request,
                                                        @RequestHeader(name = SUBMITTED_BY, required = false) String submittedBy,
                                                        @RequestHeader(name = REPORTING_UNIT, required = false) String reportingUnit) {
        Instant now = clock.instant();
        commands.sendAndWait(new CorrectInvestmentReport(projectId, calendar.reportablePeriod("period", period), request.amountWanYuan(),
                request.reason().strip()), metadata(submittedBy, reportingUnit, now));
        return ResponseEntity.status(HttpStatus.CREATED).body(receipt(projectId, now));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> unknownProject(AggregateNotFoundException e) {
        return Problems.response(ProblemType.NOT_FOUND,
                List.of(new FieldError("projectId", "no project '" + e.getAggregateIdentifier() + "' is registered")));
    }

    /** Another instance recorded a submission for the same project at the same moment; nothing of this one was written. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentSubmission(ConcurrencyException e) {
        return Problems.response(ProblemType.CONFLICT, List.of(new FieldError("projectId",
                "another submission for this project was recorded at the same moment; retry")));
    }

    @ExceptionHandler(ProjectRuleViolated.class)
    ResponseEntity<Object> ruleViolated(ProjectRuleViolated e) {
        return Problems.response(ProblemType.CONFLICT, List.of(new FieldError(e.field(), e.getMessage())));
    }

    private static MetaData metadata(String submittedBy, String reportingUnit, Instant now) {
        // Until bearer tokens arrive (issue 3) the submitter names itself; the event records it either way.
        return Submissions.metadata(submittedBy == null || submittedBy.isBlank() ? "anonymous" : submittedBy.strip(),
                reportingUnit, now, CorrelationIdFilter.current());
    }

    private static SubmissionReceipt receipt(String projectId, Instant now) {
        return new SubmissionReceipt(projectId, CorrelationIdFilter.current(), now);
    }
}
