package cn.gov.qingyuan.plan.statistics.api;

import cn.gov.qingyuan.plan.contracts.ReportingDomain;
import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.RecordKind;
import cn.gov.qingyuan.plan.commands.RecordSubmissions;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.statistics.api.ReturnRequests.FiguresRequest;
import cn.gov.qingyuan.plan.statistics.api.ReturnRequests.RevisionRequest;
import cn.gov.qingyuan.plan.statistics.command.ReturnCommands.ReviseReturn;
import cn.gov.qingyuan.plan.statistics.command.ReturnCommands.SubmitReturn;
import cn.gov.qingyuan.plan.statistics.command.ReturnRecord;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
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
 * there is a 409 pointing at {@code POST .../revisions}, because a changed figure needs a reason, and a revision keeps
 * every earlier set in the history.
 */
@RestController
@RequestMapping("/api/statistical-returns")
class StatisticalReturnController {

    static final RecordKind<StatisticalReturnEvent, ReturnRecord> RETURN = RecordKind
            .of("return", ReportingDomain.INDUSTRY_STATISTICS, StatisticalReturnEvent.class, ReturnRecord.FOLD)
            .id("returnId").at("/api/statistical-returns/{county}/{period}")
            .idFromAddress(StatisticalReturnController::returnId)
            .coveredBy((unit, recorded) -> recorded.coveredBy(unit))
            .missing("period", id -> "no return '" + id + "' was submitted; submit it with PUT first")
            .revisedAt("/revisions")
            .build();

    private final RecordSubmissions returns;

    StatisticalReturnController(CommandSubmissions submissions) {
        this.returns = submissions.of(RETURN);
    }

    /*
     * The month is read inside the mapping, after the kit has checked the role, as before the kit; the id is the
     * address as written, the same id once the month is valid.
     */
    @Operation(summary = "Submit a county's statistical return as of a month (value added in 万元); late returns are accepted and marked late")
    @PutMapping("/{county}/{period}")
    ResponseEntity<String> submit(@PathVariable County county, @PathVariable String period, @Valid @RequestBody FiguresRequest request) {
        return returns.create(county.code() + "/" + period, request,
                s -> new SubmitReturn(county, s.period("period", period), request.toFigures(), s.today(), s.unit()));
    }

    @Operation(summary = "Revise a return: the whole new set of figures and the reason; the earlier figures stay in the history")
    @PostMapping("/{county}/{period}/revisions")
    ResponseEntity<String> revise(@PathVariable County county, @PathVariable String period, @Valid @RequestBody RevisionRequest request) {
        return returns.change(county.code() + "/" + period, request, s -> new ReviseReturn(county, s.period("period", period),
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
