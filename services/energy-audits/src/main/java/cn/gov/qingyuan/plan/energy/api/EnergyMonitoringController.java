package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.MonitoringConnectionRequest;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.ConnectEnterpriseMonitoring;
import cn.gov.qingyuan.plan.eventing.IdempotentRequests;
import cn.gov.qingyuan.plan.eventing.PlanCalendar;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Departments record that an enterprise's online energy-consumption data is connected here. The connection is
 * addressed by the enterprise's code; an enterprise is connected once (a second time is a 409).
 */
@RestController
@RequestMapping(MonitoringConnectionController.BASE)
@PreAuthorize("hasRole('REPORTER')")
class MonitoringConnectionController {

    static final String BASE = "/api/energy-monitoring/connections";

    private final CommandSubmissions submissions;
    private final PlanCalendar calendar;

    MonitoringConnectionController(CommandSubmissions submissions, PlanCalendar calendar) {
        this.submissions = submissions;
        this.calendar = calendar;
    }

    @Operation(summary = "Record that an enterprise's online energy-consumption monitoring data was connected; once per enterprise")
    @PostMapping
    ResponseEntity<String> connect(@Valid @RequestBody MonitoringConnectionRequest request,
                                   @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        EnterpriseCode code = new EnterpriseCode(request.enterpriseCode());
        return submissions.send("POST", BASE, request, idempotencyKey, code.value(), BASE + "/" + code.value(), (unit, today) ->
                new ConnectEnterpriseMonitoring(code, request.enterpriseName().strip(), request.county(),
                        calendar.pastDay("connectedOn", request.connectedOn()), unit));
    }
}
