package cn.gov.qingyuan.plan.parks.api;

import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.PlanCalendar;
import cn.gov.qingyuan.plan.commands.RecordKind;
import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.parks.api.ParkRequests.FiguresRequest;
import cn.gov.qingyuan.plan.parks.api.ParkRequests.RevisionRequest;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.ReviseParkFigures;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.SubmitParkFigures;
import cn.gov.qingyuan.plan.parks.command.ParkMonthRecord;
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

/**
 * Park committees, host counties' governments and city bureaus submit a park's figures for a month here, and
 * revise them; the command kit does the rest of the path (role, unit, {@code Idempotency-Key}, {@code If-Match},
 * receipt) and answers {@code GET} on the month's address (state, ETag) and {@code .../history} (auditors).
 *
 * <p>Submission is a {@code PUT} on the month's own address, {@code /api/parks/{parkId}/months/{period}}: the
 * client names the month (one per park and month), and repeating the request can never make a second one. It only
 * ever creates: a month already there is a 409, because changed figures need a reason and so go through
 * {@code POST .../revisions}, which keeps every earlier set in the history.
 */
@RestController
@RequestMapping(ParkMonthController.ADDRESS)
class ParkMonthController {

    static final String ADDRESS = "/api/parks/{parkId}/months/{period}";

    /** Its id is {@code <parkId>/<YYYY-MM>}, made of the two variables of its address. */
    static final RecordKind<ParkMonthEvent, ParkMonthRecord> MONTH = RecordKind
            .of("park month", ParkMonthEvent.class, ParkMonthRecord.FOLD)
            .id("parkMonthId").at(ADDRESS)
            .idFromAddress(address -> ParkMonthEvent.parkMonthId(address.get("parkId"), ReportingPeriod.parse(address.get("period"))))
            .coveredBy((unit, month) -> month.coveredBy(unit))
            .build();

    @Configuration(proxyBeanMethods = false)
    static class Records {
        @Bean
        RecordKind<ParkMonthEvent, ParkMonthRecord> parkMonths() {
            return MONTH;
        }
    }

    private final CommandSubmissions submissions;
    private final ParkReference parks;
    private final PlanCalendar calendar;

    ParkMonthController(CommandSubmissions submissions, ParkReference parks, PlanCalendar calendar) {
        this.submissions = submissions;
        this.parks = parks;
        this.calendar = calendar;
    }

    @Operation(summary = "Submit a park's figures for a month (万元); late figures are accepted and marked late")
    @PutMapping
    ResponseEntity<String> submit(@PathVariable String parkId, @PathVariable String period, @Valid @RequestBody FiguresRequest request) {
        Park park = parks.park(parkId);
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        String id = ParkMonthEvent.parkMonthId(park.id(), month);
        try {
            return submissions.create(MONTH, id, request, s -> new SubmitParkFigures(park, month, request.toFigures(), s.today(), s.unit()));
        } catch (RuleViolated alreadySubmitted) {
            // The aggregate knows no addresses: the answer points to the one that takes changed figures.
            throw new RuleViolated(alreadySubmitted.field(), alreadySubmitted.getMessage()
                    + " to POST /api/parks/" + park.id() + "/months/" + month + "/revisions");
        }
    }

    @Operation(summary = "Revise a park's month: the whole new set of figures and the reason; the earlier figures stay in the history")
    @PostMapping("/revisions")
    ResponseEntity<String> revise(@PathVariable String parkId, @PathVariable String period, @Valid @RequestBody RevisionRequest request) {
        Park park = parks.park(parkId);
        ReportingPeriod month = calendar.reportablePeriod("period", period);
        String id = ParkMonthEvent.parkMonthId(park.id(), month);
        try {
            return submissions.change(MONTH, id, request, s -> new ReviseParkFigures(park, month, request.figures().toFigures(),
                    request.reason().strip(), s.unit(), s.expectedVersion()));
        } catch (ApiProblem problem) {
            // The park is known (checked above), so what is missing is the month, which the path names by its period.
            throw problem.type() != ProblemType.NOT_FOUND ? problem
                    : ApiProblem.notFound("period", "no figures '" + id + "' were submitted; submit them with PUT first");
        }
    }
}
