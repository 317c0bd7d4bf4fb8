package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.contracts.ReportingDomain;
import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.RecordKind;
import cn.gov.qingyuan.plan.commands.RecordSubmissions;
import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.projects.api.ProjectRequests.CorrectionRequest;
import cn.gov.qingyuan.plan.projects.api.ProjectRequests.InvestmentReportRequest;
import cn.gov.qingyuan.plan.projects.api.ProjectRequests.MilestoneRequest;
import cn.gov.qingyuan.plan.projects.api.ProjectRequests.RegisterProjectRequest;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.CorrectInvestmentReport;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.RecordMilestone;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.RegisterProject;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.ReportInvestment;
import cn.gov.qingyuan.plan.projects.command.ProjectRecord;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Departments register projects, record their milestones, report their monthly investment and correct it here;
 * the command kit does the rest of the path (role, unit, {@code Idempotency-Key}, {@code If-Match}, receipt), and
 * answers {@code GET /api/projects/{projectId}} (state, ETag) and {@code .../history} (auditors).
 */
@RestController
@RequestMapping("/api/projects")
class ProjectController {

    static final RecordKind<IndustrialProjectEvent, ProjectRecord> PROJECT = RecordKind
            .of("project", ReportingDomain.INDUSTRIAL_PROJECTS, IndustrialProjectEvent.class, ProjectRecord.FOLD)
            .id("projectId").at("/api/projects/{projectId}")
            .coveredBy((unit, project) -> project.coveredBy(unit))
            .missing("projectId", id -> "no project '" + id + "' is registered")
            .build();

    private final RecordSubmissions projects;
    private final Parks parks;

    ProjectController(CommandSubmissions submissions, Parks parks) {
        this.projects = submissions.of(PROJECT);
        this.parks = parks;
    }

    @Operation(summary = "Register an industrial investment project")
    @PostMapping
    ResponseEntity<String> register(@Valid @RequestBody RegisterProjectRequest request) {
        if (request.parkId() != null) {
            Park park = parks.find(request.parkId()).orElseThrow(() ->
                    ApiProblem.invalid("parkId", "unknown park '" + request.parkId() + "'; see GET /api/parks"));
            if (park.hostCounty() != request.county()) {
                throw ApiProblem.invalid("parkId", "park '" + park.id() + "' lies in " + park.hostCounty().code()
                        + ", not in " + request.county().code());
            }
        }
        String projectId = UUID.randomUUID().toString();
        return projects.create(projectId, request, s -> new RegisterProject(projectId, request.enterprise().strip(),
                request.county(), request.parkId(), request.industry().strip(), request.plannedInvestmentWanYuan(),
                request.advancedManufacturing(), request.highTech(), s.unit()));
    }

    @Operation(summary = "Record that a project reached a stage (signed, construction started, completed, in production)")
    @PostMapping("/{projectId}/milestones")
    ResponseEntity<String> recordMilestone(@PathVariable String projectId, @Valid @RequestBody MilestoneRequest request) {
        return projects.change(projectId, request, s -> new RecordMilestone(projectId, request.stage(),
                s.pastDay("reachedOn", request.reachedOn()), s.unit(), s.expectedVersion()));
    }

    @Operation(summary = "Report the investment a project completed in one month (万元); late reports are accepted and marked late")
    @PostMapping("/{projectId}/investment-reports")
    ResponseEntity<String> reportInvestment(@PathVariable String projectId, @Valid @RequestBody InvestmentReportRequest request) {
        return projects.change(projectId, request, s -> new ReportInvestment(projectId,
                s.period("period", request.period()), request.amountWanYuan(), s.today(), s.unit(), s.expectedVersion()));
    }

    @Operation(summary = "Correct a month's reported investment, giving the reason; the original stays in the history")
    @PostMapping("/{projectId}/investment-reports/{period}/corrections")
    ResponseEntity<String> correctInvestment(@PathVariable String projectId, @PathVariable String period,
                                             @Valid @RequestBody CorrectionRequest request) {
        return projects.change(projectId, request, s -> new CorrectInvestmentReport(projectId,
                s.period("period", period), request.amountWanYuan(), request.reason().strip(), s.unit(),
                s.expectedVersion()));
    }
}
