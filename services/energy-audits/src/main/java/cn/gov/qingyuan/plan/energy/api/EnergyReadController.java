package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.energy.AuditIndustry;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditAccepted;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditPlanned;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditStarted;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnRevised;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent.EnterpriseMonitoringConnected;
import cn.gov.qingyuan.plan.contracts.energy.EnergyReturnFigures;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeCompleted;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeRegistered;
import cn.gov.qingyuan.plan.eventing.AggregateVersions;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Role;
import cn.gov.qingyuan.plan.http.Submitter;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reads of one audit, upgrade, return or connection straight from the event store: its full history for auditors
 * (every event in order, with who submitted it, when and in which request), and its current state with its version
 * (ETag), so the reporting unit that maintains it can send {@code If-Match}. A reporter reads only its own county's.
 */
@RestController
class EnergyReadController {

    record StoredEvent(long sequence, String eventId, String type, int schemaVersion, Instant recordedAt,
                       Map<String, Object> metadata, Object payload) {
    }

    enum AuditStage { PLANNED, STARTED, ACCEPTED }

    record AuditState(String auditId, long version, String enterpriseCode, String enterpriseName, String county, AuditIndustry industry,
                      AuditStage stage, LocalDate startedOn, LocalDate acceptedOn) {
    }

    record MotorUpgradeState(String upgradeId, long version, String enterpriseCode, String enterpriseName, String county,
                             LocalDate completedOn, BigDecimal capacityKw) {
    }

    /** @param revisions how many times the figures were revised since the return was submitted */
    record EnergyReturnState(String returnId, long version, String county, String period, EnergyReturnFigures figures,
                             LocalDate reportedOn, boolean late, int revisions) {
    }

    record ConnectionState(String enterpriseCode, long version, String enterpriseName, String county, LocalDate connectedOn) {
    }

    private final EventStore eventStore;

    EnergyReadController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Operation(summary = "Read a clean-production audit's current state and version (ETag)")
    @GetMapping(CleanProductionAuditController.BASE + "/{auditId}")
    ResponseEntity<AuditState> audit(@PathVariable String auditId) {
        List<? extends DomainEventMessage<?>> events = events(auditId, CleanProductionAuditEvent.class, "auditId",
                "no clean-production audit '" + auditId + "' is planned");
        CleanProductionAuditPlanned planned = (CleanProductionAuditPlanned) events.get(0).getPayload();
        requireReadable(planned.county());
        AuditStage stage = AuditStage.PLANNED;
        LocalDate startedOn = null;
        LocalDate acceptedOn = null;
        for (DomainEventMessage<?> message : events) {
            if (message.getPayload() instanceof CleanProductionAuditStarted started) {
                stage = AuditStage.STARTED;
                startedOn = started.startedOn();
            } else if (message.getPayload() instanceof CleanProductionAuditAccepted accepted) {
                stage = AuditStage.ACCEPTED;
                acceptedOn = accepted.acceptedOn();
            }
        }
        long version = events.size() - 1L;
        return ResponseEntity.ok().eTag(AggregateVersions.etag(version)).body(new AuditState(auditId, version,
                planned.enterpriseCode().value(), planned.enterpriseName(), planned.county().code(), planned.industry(), stage,
                startedOn, acceptedOn));
    }

    @Operation(summary = "Read a clean-production audit's event history (auditors)")
    @GetMapping(CleanProductionAuditController.BASE + "/{auditId}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<List<StoredEvent>> auditHistory(@PathVariable String auditId) {
        return history(events(auditId, CleanProductionAuditEvent.class, "auditId", "no clean-production audit '" + auditId + "' is planned"));
    }

    @Operation(summary = "Read a motor upgrade's current state and version (ETag)")
    @GetMapping(MotorUpgradeController.BASE + "/{upgradeId}")
    ResponseEntity<MotorUpgradeState> upgrade(@PathVariable String upgradeId) {
        List<? extends DomainEventMessage<?>> events = events(upgradeId, MotorUpgradeEvent.class, "upgradeId",
                "no motor upgrade '" + upgradeId + "' is registered");
        MotorUpgradeRegistered registered = (MotorUpgradeRegistered) events.get(0).getPayload();
        requireReadable(registered.county());
        MotorUpgradeCompleted completed = events.stream().map(DomainEventMessage::getPayload)
                .filter(MotorUpgradeCompleted.class::isInstance).map(MotorUpgradeCompleted.class::cast).findFirst().orElse(null);
        long version = events.size() - 1L;
        return ResponseEntity.ok().eTag(AggregateVersions.etag(version)).body(new MotorUpgradeState(upgradeId, version,
                registered.enterpriseCode().value(), registered.enterpriseName(), registered.county().code(),
                completed == null ? null : completed.completedOn(), completed == null ? null : completed.capacityKw()));
    }

    @Operation(summary = "Read a motor upgrade's event history (auditors)")
    @GetMapping(MotorUpgradeController.BASE + "/{upgradeId}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<List<StoredEvent>> upgradeHistory(@PathVariable String upgradeId) {
        return history(events(upgradeId, MotorUpgradeEvent.class, "upgradeId", "no motor upgrade '" + upgradeId + "' is registered"));
    }

    @Operation(summary = "Read a county's energy return: current figures and version (ETag)")
    @GetMapping(EnergyReturnController.BASE + "/{county}/{period}")
    ResponseEntity<EnergyReturnState> energyReturn(@PathVariable County county, @PathVariable ReportingPeriod period) {
        requireReadable(county);
        String returnId = CountyEnergyReturnEvent.returnId(county, period);
        List<? extends DomainEventMessage<?>> events = events(returnId, CountyEnergyReturnEvent.class, "period",
                "no energy return '" + returnId + "' was submitted");
        CountyEnergyReturnSubmitted submitted = (CountyEnergyReturnSubmitted) events.get(0).getPayload();
        EnergyReturnFigures figures = submitted.figures();
        int revisions = 0;
        for (DomainEventMessage<?> message : events) {
            if (message.getPayload() instanceof CountyEnergyReturnRevised revised) {
                figures = revised.figures();
                revisions++;
            }
        }
        long version = events.size() - 1L;
        return ResponseEntity.ok().eTag(AggregateVersions.etag(version)).body(new EnergyReturnState(returnId, version, county.code(),
                period.toString(), figures, submitted.reportedOn(), submitted.late(), revisions));
    }

    @Operation(summary = "Read a county's energy return's event history (auditors)")
    @GetMapping(EnergyReturnController.BASE + "/{county}/{period}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<List<StoredEvent>> energyReturnHistory(@PathVariable County county, @PathVariable ReportingPeriod period) {
        String returnId = CountyEnergyReturnEvent.returnId(county, period);
        return history(events(returnId, CountyEnergyReturnEvent.class, "period", "no energy return '" + returnId + "' was submitted"));
    }

    @Operation(summary = "Read an enterprise's monitoring connection and its version (ETag)")
    @GetMapping(MonitoringConnectionController.BASE + "/{enterpriseCode}")
    ResponseEntity<ConnectionState> connection(@PathVariable String enterpriseCode) {
        List<? extends DomainEventMessage<?>> events = events(enterpriseCode, EnergyMonitoringEvent.class, "enterpriseCode",
                "enterprise '" + enterpriseCode + "' is not connected");
        EnterpriseMonitoringConnected connected = (EnterpriseMonitoringConnected) events.get(0).getPayload();
        requireReadable(connected.county());
        long version = events.size() - 1L;
        return ResponseEntity.ok().eTag(AggregateVersions.etag(version)).body(new ConnectionState(enterpriseCode, version,
                connected.enterpriseName(), connected.county().code(), connected.connectedOn()));
    }

    @Operation(summary = "Read an enterprise's monitoring connection's event history (auditors)")
    @GetMapping(MonitoringConnectionController.BASE + "/{enterpriseCode}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<List<StoredEvent>> connectionHistory(@PathVariable String enterpriseCode) {
        return history(events(enterpriseCode, EnergyMonitoringEvent.class, "enterpriseCode",
                "enterprise '" + enterpriseCode + "' is not connected"));
    }

    private static void requireReadable(County county) {
        Submitter submitter = Submitter.current();
        if (submitter.role() == Role.REPORTER && !submitter.unit().covers(county, null)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Authorization", submitter.unit() + " does not report for county " + county.code());
        }
    }

    /** The aggregate's events of the given contract, or a 404 on {@code field}: an id of another kind of record is unknown here. */
    private List<? extends DomainEventMessage<?>> events(String id, Class<?> contract, String field, String notFound) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id).asStream()
                .filter(e -> contract.isInstance(e.getPayload())).toList();
        if (events.isEmpty()) {
            throw ApiProblem.notFound(field, notFound);
        }
        return events;
    }

    private static ResponseEntity<List<StoredEvent>> history(List<? extends DomainEventMessage<?>> events) {
        return ResponseEntity.ok().eTag(AggregateVersions.etag(events.size() - 1L)).body(events.stream().map(event -> {
            EventType type = EventType.of(event.getPayloadType());
            return new StoredEvent(event.getSequenceNumber(), event.getIdentifier(), type.name(), type.version(),
                    event.getTimestamp(), event.getMetaData(), event.getPayload());
        }).toList());
    }
}
