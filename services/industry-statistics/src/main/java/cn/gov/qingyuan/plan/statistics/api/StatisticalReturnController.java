package cn.gov.qingyuan.plan.statistics.api;

import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.PlanCalendar;
import cn.gov.qingyuan.plan.commands.RecordKind;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.statistics.api.ReturnRequests.FiguresRequest;
import cn.gov.qingyuan.plan.statistics.api.ReturnRequests.RevisionRequest;
import cn.gov.qingyuan.plan.statistics.command.ReturnCommands.ReviseReturn;
import cn.gov.qingyuan.plan.statistics.command.ReturnCommands.SubmitReturn;
import cn.gov.qingyuan.plan.statistics.command.ReturnRecord;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * County governments and city bureaus submit a county's statistical return for a month here, and revise it; the
 * command kit does the rest of the path (role, unit, {@code Idempotency-Key}, {@code If-Match}, receipt), and answers
 * {@code GET /api/statistical-returns/{county}/{period}} (state, ETag) and {@code .../history} (auditors).
 *
 * <p>Submission is a {@code PUT} on the return's own address: the client, not the server, names the return (one per
 * county and month), and repeating the request can never make a second one. It only ever creates: a return already
 * there is a 409, because a changed figure needs a reason and so goes through {@code POST .../revisions}, which keeps
 * every earlier set in the history.
 */
@RestController
@RequestMapping("/api/statistical-returns")
class StatisticalReturnController {

    static final RecordKind<StatisticalReturnEvent, ReturnRecord> RETURN = RecordKind
            .of("return", StatisticalReturnEvent.class, ReturnRecord.FOLD)
            .id("returnId").at("/api/statistical-returns/{county}/{period}")
            .idFromAddress(StatisticalReturnController::returnId)
            .coveredBy((unit, recorded) -> recorded.coveredBy(unit))
            .build();

    @Configuration(proxyBeanMethods = false)
    static class Records {
        @Bean
        RecordKind<StatisticalReturnEvent, ReturnRecord> statisticalReturns() {
            return RETURN;
        }
    }

    private final CommandSubmissions submissions;
    private final PlanCalendar calendar;

    StatisticalReturnController(CommandSubmissions submissions, PlanCalendar calendar) {
        this.submissions = submissions;
        this.calendar = calendar;
    }

    @Operation(summary = "Submit a county's statistical return as of a month (value added in 万元); late returns are accepted and marked late")
    @PutMapping("/{county}/{period}")
    ResponseEntity<String> submit(@PathVariable County county, @PathVariable String period, @Valid @RequestBody FiguresRequest request) {
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        String returnId = StatisticalReturnEvent.returnId(county, month);
        try {
            return submissions.create(RETURN, returnId, request, s -> new SubmitReturn(county, month, request.toFigures(), s.today(), s.unit()));
        } catch (RuleViolated alreadySubmitted) {
            // The aggregate says a revision is due; where to send it is the API's to say.
            throw new RuleViolated(alreadySubmitted.field(), alreadySubmitted.getMessage()
                    + " to POST /api/statistical-returns/" + returnId + "/revisions");
        }
    }

    @Operation(summary = "Revise a return: the whole new set of figures and the reason; the earlier figures stay in the history")
    @PostMapping("/{county}/{period}/revisions")
    ResponseEntity<String> revise(@PathVariable County county, @PathVariable String period, @Valid @RequestBody RevisionRequest request) {
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        return submissions.change(RETURN, StatisticalReturnEvent.returnId(county, month), request, s -> new ReviseReturn(county, month,
                request.figures().toFigures(), request.reason().strip(), s.unit(), s.expectedVersion()));
    }

    /** The return an address names ({@code yingde/2015-06}); a bad county or month is refused on its own field, as the writes do. */
    private static String returnId(Map<String, String> address) {
        County county;
        ReportingPeriod period;
        try {
            county = County.fromCode(address.get("county"));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("county", e.getMessage());
        }
        try {
            period = ReportingPeriod.parse(address.get("period"));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("period", e.getMessage());
        }
        return StatisticalReturnEvent.returnId(county, period);
    }
}
