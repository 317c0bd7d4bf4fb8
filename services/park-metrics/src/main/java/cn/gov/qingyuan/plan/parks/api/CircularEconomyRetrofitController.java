package cn.gov.qingyuan.plan.parks.api;

import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.PlanCalendar;
import cn.gov.qingyuan.plan.commands.RecordKind;
import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.parks.api.ParkRequests.CompletionRequest;
import cn.gov.qingyuan.plan.parks.api.ParkRequests.StartRequest;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.CompleteCircularEconomyRetrofit;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.StartCircularEconomyRetrofit;
import cn.gov.qingyuan.plan.parks.command.RetrofitRecord;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A park's circular-economy retrofit (plan action 6): its start and its completion, each recorded once by a reporter
 * whose unit covers the park. The command kit does the rest of the path, as for the monthly figures, and answers
 * {@code GET} on the retrofit's address (state, ETag) and {@code .../history} (auditors).
 */
@RestController
@RequestMapping(CircularEconomyRetrofitController.ADDRESS)
class CircularEconomyRetrofitController {

    static final String ADDRESS = "/api/parks/{parkId}/circular-economy-retrofit";

    /** One per park, under the park's id. */
    static final RecordKind<CircularEconomyRetrofitEvent, RetrofitRecord> RETROFIT = RecordKind
            .of("circular-economy retrofit", CircularEconomyRetrofitEvent.class, RetrofitRecord.FOLD)
            .id("parkId").at(ADDRESS)
            .coveredBy((unit, retrofit) -> retrofit.coveredBy(unit))
            .build();

    @Configuration(proxyBeanMethods = false)
    static class Records {
        @Bean
        RecordKind<CircularEconomyRetrofitEvent, RetrofitRecord> retrofits() {
            return RETROFIT;
        }
    }

    private final CommandSubmissions submissions;
    private final ParkReference parks;
    private final PlanCalendar calendar;

    CircularEconomyRetrofitController(CommandSubmissions submissions, ParkReference parks, PlanCalendar calendar) {
        this.submissions = submissions;
        this.parks = parks;
        this.calendar = calendar;
    }

    @Operation(summary = "Record that a park started its circular-economy retrofit, and on which day; once per park")
    @PostMapping("/start")
    ResponseEntity<String> start(@PathVariable String parkId, @Valid @RequestBody StartRequest request) {
        Park park = parks.park(parkId);
        return submissions.create(RETROFIT, park.id(), request, s ->
                new StartCircularEconomyRetrofit(park, calendar.pastDay("startedOn", request.startedOn()), s.unit()));
    }

    @Operation(summary = "Record that a park completed its circular-economy retrofit, and on which day; once, not before it started")
    @PostMapping("/completion")
    ResponseEntity<String> complete(@PathVariable String parkId, @Valid @RequestBody CompletionRequest request) {
        Park park = parks.park(parkId);
        try {
            return submissions.change(RETROFIT, park.id(), request, s -> new CompleteCircularEconomyRetrofit(park,
                    calendar.pastDay("completedOn", request.completedOn()), s.unit(), s.expectedVersion()));
        } catch (ApiProblem problem) {
            // Only the start creates the retrofit: completing one never started conflicts with the park's record (the park is known).
            throw problem.type() != ProblemType.NOT_FOUND ? problem : ApiProblem.conflict("completedOn",
                    "the circular-economy retrofit of park " + park.id() + " was never started; record its start first");
        }
    }
}
