package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.PlanCalendar;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.MonitoringConnectionRequest;
import cn.gov.qingyuan.plan.energy.api.EnergyRequests.PlatformLaunchRequest;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.ConnectEnterpriseMonitoring;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.LaunchEnergyManagementPlatform;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static cn.gov.qingyuan.plan.energy.api.EnergyRecords.CONNECTION;
import static cn.gov.qingyuan.plan.energy.api.EnergyRecords.PLATFORM;

/**
 * Departments record that an energy management centre platform went live (the plan's 2015 city platform), and that
 * an enterprise's online energy-consumption data is connected, addressed by the enterprise's code. Each happens once;
 * a second time is a 409 for the unit that recorded it and a 403, telling nothing, for any other.
 */
@RestController
class EnergyMonitoringController {

    private final CommandSubmissions submissions;
    private final PlanCalendar calendar;

    EnergyMonitoringController(CommandSubmissions submissions, PlanCalendar calendar) {
        this.submissions = submissions;
        this.calendar = calendar;
    }

    @Operation(summary = "Record that an enterprise's online energy-consumption monitoring data was connected; once per enterprise")
    @PostMapping("/api/energy-monitoring/connections")
    ResponseEntity<String> connect(@Valid @RequestBody MonitoringConnectionRequest request) {
        EnterpriseCode code = new EnterpriseCode(request.enterpriseCode());
        return submissions.create(CONNECTION, code.value(), request, s -> new ConnectEnterpriseMonitoring(code,
                request.enterpriseName().strip(), request.county(), calendar.pastDay("connectedOn", request.connectedOn()), s.unit()));
    }

    @Operation(summary = "Record that an energy management centre platform went live; once per platform")
    @PostMapping("/api/energy-management-platforms")
    ResponseEntity<String> launch(@Valid @RequestBody PlatformLaunchRequest request) {
        return submissions.create(PLATFORM, request.platformId(), request, s -> new LaunchEnergyManagementPlatform(request.platformId(),
                request.name().strip(), request.county(), request.cityPlatform(), calendar.pastDay("launchedOn", request.launchedOn()),
                s.unit()));
    }
}
