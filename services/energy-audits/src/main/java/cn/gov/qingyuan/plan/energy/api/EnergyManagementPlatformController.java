package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.energy.api.EnergyRequests.PlatformLaunchRequest;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.LaunchEnergyManagementPlatform;
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

/** Departments record that an energy management centre platform went live (the plan's 2015 city platform). */
@RestController
@RequestMapping(EnergyManagementPlatformController.BASE)
@PreAuthorize("hasRole('REPORTER')")
class EnergyManagementPlatformController {

    static final String BASE = "/api/energy-management-platforms";

    private final CommandSubmissions submissions;
    private final PlanCalendar calendar;

    EnergyManagementPlatformController(CommandSubmissions submissions, PlanCalendar calendar) {
        this.submissions = submissions;
        this.calendar = calendar;
    }

    @Operation(summary = "Record that an energy management centre platform went live; once per platform")
    @PostMapping
    ResponseEntity<String> launch(@Valid @RequestBody PlatformLaunchRequest request,
                                  @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        return submissions.send("POST", BASE, request, idempotencyKey, request.platformId(), BASE + "/" + request.platformId(),
                (unit, today) -> new LaunchEnergyManagementPlatform(request.platformId(), request.name().strip(), request.county(),
                        request.cityPlatform(), calendar.pastDay("launchedOn", request.launchedOn()), unit));
    }
}
