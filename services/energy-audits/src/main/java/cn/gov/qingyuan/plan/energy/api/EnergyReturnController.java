package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.EnergyFiguresRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.EnergyRevisionRequest;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.ReviseEnergyReturn;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.SubmitEnergyReturn;
import cn.gov.qingyuan.plan.energy.command.EnergyRuleViolated;
import cn.gov.qingyuan.plan.energy.command.InvalidEnergyFigures;
import cn.gov.qingyuan.plan.eventing.AggregateVersions;
import cn.gov.qingyuan.plan.eventing.IdempotentRequests;
import cn.gov.qingyuan.plan.eventing.PlanCalendar;
import cn.gov.qingyuan.plan.http.ApiProblem;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * County governments and city bureaus submit a county's energy and emissions return for a month here, and revise
 * it. Submission is a {@code PUT} on the return's own address and only ever creates: a return already there is a
 * 409, because a changed figure needs a reason and so goes through {@code POST .../revisions}.
 */
@RestController
@RequestMapping(EnergyReturnController.BASE)
@PreAuthorize("hasRole('REPORTER')")
class EnergyReturnController {

    static final String BASE = "/api/energy-returns";

    private final CommandSubmissions submissions;
    private final PlanCalendar calendar;

    EnergyReturnController(CommandSubmissions submissions, PlanCalendar calendar) {
        this.submissions = submissions;
        this.calendar = calendar;
    }

    @Operation(summary = "Submit a county's energy return as of a month (YTD tonnes); late returns are accepted and marked late")
    @PutMapping("/{county}/{period}")
    ResponseEntity<String> submit(@PathVariable County county, @PathVariable String period, @Valid @RequestBody EnergyFiguresRequest request,
                                  @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        String returnId = CountyEnergyReturnEvent.returnId(county, month);
        String path = BASE + "/" + returnId;
        try {
            return submissions.send("PUT", path, request, idempotencyKey, returnId, path, (unit, today) ->
                    new SubmitEnergyReturn(county, month, request.toFigures(), today, unit));
        } catch (EnergyRuleViolated alreadySubmitted) {
            throw ApiProblem.conflict(alreadySubmitted.field(), alreadySubmitted.getMessage() + " to POST " + path + "/revisions");
        } catch (InvalidEnergyFigures invalid) {
            throw ApiProblem.invalid(invalid.field() == null ? "body" : invalid.field(), invalid.getMessage());
        }
    }

    @Operation(summary = "Revise a return: the whole new set of figures and the reason; the earlier figures stay in the history")
    @PostMapping("/{county}/{period}/revisions")
    ResponseEntity<String> revise(@PathVariable County county, @PathVariable String period, @Valid @RequestBody EnergyRevisionRequest request,
                                  @RequestHeader(name = AggregateVersions.IF_MATCH, required = false) String ifMatch,
                                  @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Long expectedVersion = AggregateVersions.expected(ifMatch);
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        String returnId = CountyEnergyReturnEvent.returnId(county, month);
        try {
            return submissions.send("POST", BASE + "/" + returnId + "/revisions", request, idempotencyKey, returnId, null, (unit, today) ->
                    new ReviseEnergyReturn(county, month, request.figures().toFigures(), request.reason().strip(), unit, expectedVersion));
        } catch (InvalidEnergyFigures invalid) {
            throw ApiProblem.invalid(invalid.field() == null ? "figures" : "figures." + invalid.field(), invalid.getMessage());
        }
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> unknownReturn(AggregateNotFoundException e) {
        return Problems.response(ProblemType.NOT_FOUND, List.of(new FieldError("period",
                "no energy return '" + e.getAggregateIdentifier() + "' was submitted; submit it with PUT first")));
    }
}
