package cn.gov.qingyuan.plan.parks.api;

import cn.gov.qingyuan.plan.contracts.ReportingDomain;
import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.RecordKind;
import cn.gov.qingyuan.plan.commands.RecordSubmissions;
import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.parks.api.ParkRequests.CompletionRequest;
import cn.gov.qingyuan.plan.parks.api.ParkRequests.FiguresRequest;
import cn.gov.qingyuan.plan.parks.api.ParkRequests.RevisionRequest;
import cn.gov.qingyuan.plan.parks.api.ParkRequests.StartRequest;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.CompleteCircularEconomyRetrofit;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.ReviseParkFigures;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.StartCircularEconomyRetrofit;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.SubmitParkFigures;
import cn.gov.qingyuan.plan.parks.command.ParkMonthRecord;
import cn.gov.qingyuan.plan.parks.command.RetrofitRecord;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What park committees, host counties' governments and city bureaus record about a park: its figures for each month
 * (submitted, then revised) and its circular-economy retrofit (plan action 6: started, then completed). The command
 * kit does the rest of the path (role, unit, {@code Idempotency-Key}, {@code If-Match}, receipt) and answers
 * {@code GET} on each record's address (state, ETag) and {@code .../history} (auditors).
 *
 * <p>A month is submitted with a {@code PUT} on its own address: the client names the month (one per park and
 * month), and repeating the request can never make a second one. It only ever creates: a month already there is a 409
 * pointing to {@code POST .../revisions}, because changed figures need a reason, and a revision keeps every earlier
 * set in the history.
 */
@RestController
class ParkController {

    static final String MONTH_ADDRESS = "/api/parks/{parkId}/months/{period}";
    static final String RETROFIT_ADDRESS = "/api/parks/{parkId}/circular-economy-retrofit";

    /** Its id is {@code <parkId>/<YYYY-MM>}, made of the two variables of its address, which names a missing month by its period. */
    static final RecordKind<ParkMonthEvent, ParkMonthRecord> MONTH = RecordKind
            .of("park month", ReportingDomain.PARK_METRICS, ParkMonthEvent.class, ParkMonthRecord.FOLD)
            .id("parkMonthId").at(MONTH_ADDRESS)
            .idFromAddress(address -> ParkMonthEvent.parkMonthId(address.get("parkId"), ReportingPeriod.parse(address.get("period"))))
            .coveredBy((unit, month) -> month.coveredBy(unit))
            .missing("period", id -> "no figures '" + id + "' were submitted; submit them with PUT first")
            .revisedAt("/revisions")
            .build();

    /** One per park, under the park's id: a park without one has not started it. */
    static final RecordKind<CircularEconomyRetrofitEvent, RetrofitRecord> RETROFIT = RecordKind
            .of("circular-economy retrofit", ReportingDomain.CIRCULAR_ECONOMY, CircularEconomyRetrofitEvent.class, RetrofitRecord.FOLD)
            .id("parkId").at(RETROFIT_ADDRESS)
            .coveredBy((unit, retrofit) -> retrofit.coveredBy(unit))
            .missing("parkId", parkId -> "park " + parkId + " has not started a circular-economy retrofit")
            .build();

    private final RecordSubmissions months;
    private final RecordSubmissions retrofits;
    private final ParkReference parks;

    ParkController(CommandSubmissions submissions, ParkReference parks) {
        this.months = submissions.of(MONTH);
        this.retrofits = submissions.of(RETROFIT);
        this.parks = parks;
    }

    @Operation(summary = "Submit a park's figures for a month (万元); late figures are accepted and marked late")
    @PutMapping(MONTH_ADDRESS)
    ResponseEntity<String> submit(@PathVariable String parkId, @PathVariable String period, @Valid @RequestBody FiguresRequest request) {
        Park park = parks.park(parkId);
        return months.create(monthId(park, period), request, s ->
                new SubmitParkFigures(park, s.period("period", period), request.toFigures(), s.today(), s.unit()));
    }

    @Operation(summary = "Revise a park's month: the whole new set of figures and the reason; the earlier figures stay in the history")
    @PostMapping(MONTH_ADDRESS + "/revisions")
    ResponseEntity<String> revise(@PathVariable String parkId, @PathVariable String period, @Valid @RequestBody RevisionRequest request) {
        Park park = parks.park(parkId);
        return months.change(monthId(park, period), request, s -> new ReviseParkFigures(park, s.period("period", period),
                request.figures().toFigures(), request.reason().strip(), s.unit(), s.expectedVersion()));
    }

    @Operation(summary = "Record that a park started its circular-economy retrofit, and on which day; once per park")
    @PostMapping(RETROFIT_ADDRESS + "/start")
    ResponseEntity<String> start(@PathVariable String parkId, @Valid @RequestBody StartRequest request) {
        Park park = parks.park(parkId);
        return retrofits.create(park.id(), request, s ->
                new StartCircularEconomyRetrofit(park, s.pastDay("startedOn", request.startedOn()), s.unit()));
    }

    @Operation(summary = "Record that a park completed its circular-economy retrofit, and on which day; once, not before it started")
    @PostMapping(RETROFIT_ADDRESS + "/completion")
    ResponseEntity<String> complete(@PathVariable String parkId, @Valid @RequestBody CompletionRequest request) {
        Park park = parks.park(parkId);
        try {
            return retrofits.change(park.id(), request, s -> new CompleteCircularEconomyRetrofit(park,
                    s.pastDay("completedOn", request.completedOn()), s.unit(), s.expectedVersion()));
        } catch (ApiProblem problem) {
            // The kit answers a record never created with 404; only the start creates a retrofit, so completing one never
            // started conflicts with the park's record (the park is known), as the API always answered.
            throw problem.type() != ProblemType.NOT_FOUND ? problem : ApiProblem.conflict("completedOn",
                    "the circular-economy retrofit of park " + park.id() + " was never started; record its start first");
        }
    }

    /**
     * The month's id from the period as the path writes it: every period the calendar accepts is written YYYY-MM, as
     * {@link ParkMonthEvent#parkMonthId} writes it, so the receipt's id and the command's always agree.
     */
    private static String monthId(Park park, String period) {
        return park.id() + "/" + period;
    }
}
