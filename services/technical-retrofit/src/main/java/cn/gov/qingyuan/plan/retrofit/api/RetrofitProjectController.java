package cn.gov.qingyuan.plan.retrofit.api;

import cn.gov.qingyuan.plan.contracts.ReportingDomain;
import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.RecordKind;
import cn.gov.qingyuan.plan.commands.RecordSubmissions;
import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.retrofit.api.RetrofitRequests.CompletionRequest;
import cn.gov.qingyuan.plan.retrofit.api.RetrofitRequests.CorrectionRequest;
import cn.gov.qingyuan.plan.retrofit.api.RetrofitRequests.InvestmentReportRequest;
import cn.gov.qingyuan.plan.retrofit.api.RetrofitRequests.RegisterRetrofitProjectRequest;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.CompleteRetrofitProject;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.CorrectRetrofitInvestment;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.RegisterRetrofitProject;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.ReportRetrofitInvestment;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitProjectRecord;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Departments register enterprises' retrofit projects, report their monthly retrofit investment, correct it and
 * record their completion here; the command kit does the rest of the path (role, unit, {@code Idempotency-Key},
 * {@code If-Match}, receipt), and answers {@code GET /api/retrofit-projects/{projectId}} (state, ETag) and
 * {@code .../history} (auditors).
 */
@RestController
@RequestMapping("/api/retrofit-projects")
class RetrofitProjectController {

    /** Called "project" in refusals ("does not report for this project") and "retrofit project" in 404s, as the API always was. */
    static final RecordKind<RetrofitProjectEvent, RetrofitProjectRecord> RETROFIT_PROJECT = RecordKind
            .of("project", ReportingDomain.TECHNICAL_RETROFIT, RetrofitProjectEvent.class, RetrofitProjectRecord.FOLD)
            .id("projectId").at("/api/retrofit-projects/{projectId}")
            .coveredBy((unit, project) -> project.coveredBy(unit))
            .missing("projectId", id -> "no retrofit project '" + id + "' is registered")
            .build();

    private final RecordSubmissions retrofits;
    private final Parks parks;

    RetrofitProjectController(CommandSubmissions submissions, Parks parks) {
        this.retrofits = submissions.of(RETROFIT_PROJECT);
        this.parks = parks;
    }

    @Operation(summary = "Register an enterprise's technical retrofit project")
    @PostMapping
    ResponseEntity<String> register(@Valid @RequestBody RegisterRetrofitProjectRequest request) {
        requireParkInCounty(request);
        // The plan's revenue bands nest: 50 million and more is also above scale (20 million and more).
        if (request.revenueAtLeast50Million() && !request.aboveScale()) {
            throw ApiProblem.invalid("revenueAtLeast50Million",
                    "an enterprise with revenue of 50 million CNY or more is above scale; set aboveScale to true");
        }
        String projectId = UUID.randomUUID().toString();
        return retrofits.create(projectId, request, s -> new RegisterRetrofitProject(projectId,
                new EnterpriseCode(request.enterpriseCode()), request.enterpriseName().strip(), request.county(), request.parkId(),
                request.aboveScale(), request.revenueAtLeast50Million(), request.retrofitTypes(), request.plannedInvestmentWanYuan(),
                Boolean.TRUE.equals(request.listedInCityLibrary()), s.unit()));
    }

    @Operation(summary = "Report the retrofit investment a project completed in one month (万元); late reports are accepted and marked late")
    @PostMapping("/{projectId}/investment-reports")
    ResponseEntity<String> reportInvestment(@PathVariable String projectId, @Valid @RequestBody InvestmentReportRequest request) {
        return retrofits.change(projectId, request, s -> new ReportRetrofitInvestment(projectId,
                s.period("period", request.period()), request.amountWanYuan(), s.today(), s.unit(), s.expectedVersion()));
    }

    @Operation(summary = "Correct a month's reported retrofit investment, giving the reason; the original stays in the history")
    @PostMapping("/{projectId}/investment-reports/{period}/corrections")
    ResponseEntity<String> correctInvestment(@PathVariable String projectId, @PathVariable String period,
                                             @Valid @RequestBody CorrectionRequest request) {
        return retrofits.change(projectId, request, s -> new CorrectRetrofitInvestment(projectId,
                s.period("period", period), request.amountWanYuan(), request.reason().strip(), s.unit(),
                s.expectedVersion()));
    }

    @Operation(summary = "Record that the retrofit was completed, and on which day; a project completes once")
    @PostMapping("/{projectId}/completion")
    ResponseEntity<String> complete(@PathVariable String projectId, @Valid @RequestBody CompletionRequest request) {
        return retrofits.change(projectId, request, s -> new CompleteRetrofitProject(projectId,
                s.pastDay("completedOn", request.completedOn()), s.unit(), s.expectedVersion()));
    }

    private void requireParkInCounty(RegisterRetrofitProjectRequest request) {
        if (request.parkId() == null) {
            return;
        }
        Park park = parks.find(request.parkId()).orElseThrow(() -> ApiProblem.invalid("parkId", "unknown park '" + request.parkId()
                + "'; known parks: " + parks.all().stream().map(Park::id).collect(Collectors.joining(", "))));
        if (park.hostCounty() != request.county()) {
            throw ApiProblem.invalid("parkId", "park '" + park.id() + "' lies in " + park.hostCounty().code()
                    + ", not in " + request.county().code());
        }
    }
}
