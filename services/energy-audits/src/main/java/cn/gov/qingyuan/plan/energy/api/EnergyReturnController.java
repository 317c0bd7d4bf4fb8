package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.PlanCalendar;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.EnergyFiguresRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.EnergyRevisionRequest;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.ReviseEnergyReturn;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.SubmitEnergyReturn;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static cn.gov.qingyuan.plan.energy.api.EnergyRecords.ENERGY_RETURN;

/**
 * County governments and city bureaus submit a county's energy and emissions return for a month here, and revise
 * it. Submission is a {@code PUT} on the return's own address and only ever creates: a return already there is a
 * 409, because a changed figure needs a reason and so goes through {@code POST .../revisions}.
 */
@RestController
@RequestMapping("/api/energy-returns/{county}/{period}")
class EnergyReturnController {

    private final CommandSubmissions submissions;
    private final PlanCalendar calendar;

    EnergyReturnController(CommandSubmissions submissions, PlanCalendar calendar) {
        this.submissions = submissions;
        this.calendar = calendar;
    }

    @Operation(summary = "Submit a county's energy return as of a month (YTD tonnes); late returns are accepted and marked late")
    @PutMapping
    ResponseEntity<String> submit(@PathVariable County county, @PathVariable String period, @Valid @RequestBody EnergyFiguresRequest request) {
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        String returnId = CountyEnergyReturnEvent.returnId(county, month);
        try {
            return submissions.create(ENERGY_RETURN, returnId, request, s -> new SubmitEnergyReturn(county, month, request.toFigures(),
                    s.today(), s.unit()));
        } catch (RuleViolated alreadySubmitted) {
            // The aggregate knows no addresses; the client is told where a revision goes.
            throw new RuleViolated(alreadySubmitted.field(), alreadySubmitted.getMessage()
                    + " to POST /api/energy-returns/" + returnId + "/revisions");
        }
    }

    @Operation(summary = "Revise a return: the whole new set of figures and the reason; the earlier figures stay in the history")
    @PostMapping("/revisions")
    ResponseEntity<String> revise(@PathVariable County county, @PathVariable String period, @Valid @RequestBody EnergyRevisionRequest request) {
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        String returnId = CountyEnergyReturnEvent.returnId(county, month);
        try {
            return submissions.change(ENERGY_RETURN, returnId, request, s -> new ReviseEnergyReturn(county, month,
                    request.figures().toFigures(), request.reason().strip(), s.unit(), s.expectedVersion()));
        } catch (ApiProblem unknown) {
            if (unknown.type() != ProblemType.NOT_FOUND) {
                throw unknown;
            }
            throw ApiProblem.notFound("period", "no energy return '" + returnId + "' was submitted; submit it with PUT first");
        }
    }
}
