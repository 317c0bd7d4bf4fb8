package cn.gov.qingyuan.plan.retrofit.api;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
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
import cn.gov.qingyuan.plan.retrofit.api.RetrofitRequests.CompletionRequest;
import cn.gov.qingyuan.plan.retrofit.api.RetrofitRequests.CorrectionRequest;
import cn.gov.qingyuan.plan.retrofit.api.RetrofitRequests.InvestmentReportRequest;
import cn.gov.qingyuan.plan.retrofit.api.RetrofitRequests.RegisterRetrofitProjectRequest;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.CompleteRetrofitProject;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.CorrectRetrofitInvestment;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.RegisterRetrofitProject;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.ReportRetrofitInvestment;
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
import java.util.stream.Collectors;

/**
 * Departments register enterprises' retrofit projects, report their monthly retrofit investment, correct it and
 * record their completion here. Every submission needs a reporter's token whose reporting unit covers the
 * project; it may carry an {@code Idempotency-Key} (a retry returns the first answer and records nothing more)
 * and, on an existing project, an {@code If-Match} with the version read before (a stale one gets 409).
 * Answers carry the project's new version as ETag.
 */
@RestController
@RequestMapping(RetrofitProjectController.BASE)
@PreAuthorize("hasRole('REPORTER')")
class RetrofitProjectController {

    static final String BASE = "/api/retrofit-projects";

    private final CommandGateway commands;
    private final Parks parks;
    private final PlanCalendar calendar;
    private final Clock clock;
    private final IdempotentRequests idempotency;

    RetrofitProjectController(CommandGateway commands, Parks parks, PlanCalendar calendar, Clock clock, IdempotentRequests idempotency) {
        this.commands = commands;
        this.parks = parks;
        this.calendar = calendar;
        this.clock = clock;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Register an enterprise's technical retrofit project")
    @PostMapping
    ResponseEntity<String> register(@Valid @RequestBody RegisterRetrofitProjectRequest request,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        requireParkInCounty(request);
        // The plan's revenue bands nest: 50 million and more is also above scale (20 million and more).
        if (request.revenueAtLeast50Million() && !request.aboveScale()) {
            throw ApiProblem.invalid("revenueAtLeast50Million",
                    "an enterprise with revenue of 50 million CNY or more is above scale; set aboveScale to true");
        }
        Submitter submitter = Submitter.current();
        return idempotency.execute(submitter.subject(), idempotencyKey, idempotency.describe("POST", BASE, request), () -> {
            String projectId = UUID.randomUUID().toString();
            Instant now = clock.instant();
            commands.sendAndWait(new RegisterRetrofitProject(projectId, new EnterpriseCode(request.enterpriseCode()),
                    request.enterpriseName().strip(), request.county(), request.parkId(), request.aboveScale(),
                    request.revenueAtLeast50Million(), request.retrofitTypes(), request.plannedInvestmentWanYuan(),
                    Boolean.TRUE.equals(request.listedInCityLibrary()), submitter.unit()), metadata(submitter, now));
            return new IdempotentRequests.Response(HttpStatus.CREATED.value(), receipt(projectId, now, 0L), AggregateVersions.etag(0),
                    BASE + "/" + projectId);
        });
    }

    @Operation(summary = "Report the retrofit investment a project completed in one month (万元); late reports are accepted and marked late")
    @PostMapping("/{projectId}/investment-reports")
    ResponseEntity<String> reportInvestment(@PathVariable String projectId, @Valid @RequestBody InvestmentReportRequest request,
                                            @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        return change(projectId, "/investment-reports", request, idempotencyKey, (unit, today) ->
                new ReportRetrofitInvestment(projectId, calendar.reportablePeriod("period", request.period()), request.amountWanYuan(),
                        today, unit, expectedVersion));
    }

    @Operation(summary = "Correct a month's reported retrofit investment, giving the reason; the original stays in the history")
    @PostMapping("/{projectId}/investment-reports/{period}/corrections")
    ResponseEntity<String> correctInvestment(@PathVariable String projectId, @PathVariable String period,
                                             @Valid @RequestBody CorrectionRequest request,
                                             @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                             @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        return change(projectId, "/investment-reports/" + period + "/corrections", request, idempotencyKey, (unit, today) ->
                new CorrectRetrofitInvestment(projectId, calendar.reportablePeriod("period", period), request.amountWanYuan(),
                        request.reason().strip(), unit, expectedVersion));
    }

    @Operation(summary = "Record that the retrofit was completed, and on which day; a project completes once")
    @PostMapping("/{projectId}/completion")
    ResponseEntity<String> complete(@PathVariable String projectId, @Valid @RequestBody CompletionRequest request,
                                    @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        return change(projectId, "/completion", request, idempotencyKey, (unit, today) ->
                new CompleteRetrofitProject(projectId, calendar.pastDay("completedOn", request.completedOn()), unit, expectedVersion));
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

    /**
     * Sends a command that changes an existing project, once per idempotency key, with the submitter's
     * identity as metadata, and answers with the project's new version.
     */
    private ResponseEntity<String> change(String projectId, String subpath, Object request, String idempotencyKey,
                                          BiFunction<ReportingUnit, LocalDate, Object> command) {
        Submitter submitter = Submitter.current();
        String path = BASE + "/" + projectId + subpath;
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
                List.of(new FieldError("projectId", "no retrofit project '" + e.getAggregateIdentifier() + "' is registered")));
    }

    private static MetaData metadata(Submitter submitter, Instant now) {
        return Submissions.metadata(submitter, now, CorrelationIdFilter.current());
    }

    private static SubmissionReceipt receipt(String projectId, Instant now, long version) {
        return new SubmissionReceipt(projectId, version, CorrelationIdFilter.current(), now);
    }
}
