package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectMilestoneReached;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectRegistered;
import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import cn.gov.qingyuan.plan.eventing.AggregateVersions;
import cn.gov.qingyuan.plan.http.ApiProblem;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads of one project straight from the event store: its full history for auditors (every event in order,
 * with who submitted it, when and in which request), and its current state with its version (ETag) for the
 * reporting unit that maintains it, so it can send {@code If-Match}.
 */
@RestController
class ProjectHistoryController {

    record StoredEvent(long sequence, String eventId, String type, int schemaVersion, Instant recordedAt,
                       Map<String, Object> metadata, Object payload) {
    }

    record MonthFigure(BigDecimal amountWanYuan, boolean late, int corrections) {
    }

    record ProjectState(String projectId, long version, String enterprise, String county, String parkId, String industry,
                        BigDecimal plannedInvestmentWanYuan, boolean advancedManufacturing, boolean highTech, ProjectStage stage,
                        Map<String, MonthFigure> investment) {
    }

    private final EventStore eventStore;

    ProjectHistoryController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Operation(summary = "Read a project's event history from the event store (auditors)")
    @GetMapping("/api/projects/{projectId}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<List<StoredEvent>> history(@PathVariable String projectId) {
        List<? extends DomainEventMessage<?>> events = events(projectId);
        return ResponseEntity.ok().eTag(AggregateVersions.etag(events.size() - 1L)).body(events.stream().map(ProjectHistoryController::stored).toList());
    }

    @Operation(summary = "Read a project's current state and version (ETag)")
    @GetMapping("/api/projects/{projectId}")
    ResponseEntity<ProjectState> state(@PathVariable String projectId) {
        List<? extends DomainEventMessage<?>> events = events(projectId);
        ProjectRegistered registered = (ProjectRegistered) events.get(0).getPayload();
        Submitter submitter = Submitter.current();
        if (submitter.role() == Role.REPORTER && !submitter.unit().covers(registered.county(), registered.parkId())) {
            throw new ApiProblem(cn.gov.qingyuan.plan.http.ProblemType.FORBIDDEN, "Authorization",
                    submitter.unit() + " does not report for this project");
        }
        ProjectStage stage = ProjectStage.NEGOTIATING;
        Map<String, MonthFigure> investment = new TreeMap<>();
        for (DomainEventMessage<?> message : events) {
            Object event = message.getPayload();
            if (event instanceof ProjectMilestoneReached milestone) {
                stage = milestone.stage();
            } else if (event instanceof ProjectInvestmentReported report) {
                investment.put(report.period().toString(), new MonthFigure(report.amountWanYuan(), report.late(), 0));
            } else if (event instanceof ProjectInvestmentCorrected correction) {
                MonthFigure before = investment.get(correction.period().toString());
                investment.put(correction.period().toString(), new MonthFigure(correction.amountWanYuan(), before.late(), before.corrections() + 1));
            }
        }
        long version = events.size() - 1L;
        return ResponseEntity.ok().eTag(AggregateVersions.etag(version)).body(new ProjectState(projectId, version, registered.enterprise(),
                registered.county().code(), registered.parkId(), registered.industry(), registered.plannedInvestmentWanYuan(),
                registered.advancedManufacturing(), registered.highTech(), stage, investment));
    }

    private List<? extends DomainEventMessage<?>> events(String projectId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(projectId).asStream()
                .filter(e -> e.getPayload() instanceof IndustrialProjectEvent).toList();
        if (events.isEmpty()) {
            throw ApiProblem.notFound("projectId", "no project '" + projectId + "' is registered");
        }
        return events;
    }

    private static StoredEvent stored(DomainEventMessage<?> event) {
        EventType type = EventType.of(event.getPayloadType());
        return new StoredEvent(event.getSequenceNumber(), event.getIdentifier(), type.name(), type.version(),
                event.getTimestamp(), event.getMetaData(), event.getPayload());
    }
}
