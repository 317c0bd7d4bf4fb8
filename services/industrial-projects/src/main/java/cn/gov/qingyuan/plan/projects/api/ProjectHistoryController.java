package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.http.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A project's history exactly as stored: every event in order, with who submitted it, when and in which request. */
@RestController
class ProjectHistoryController {

    record StoredEvent(long sequence, String eventId, String type, int schemaVersion, Instant recordedAt,
                       Map<String, Object> metadata, Object payload) {
    }

    private final EventStore eventStore;

    ProjectHistoryController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Operation(summary = "Read a project's event history from the event store")
    @GetMapping("/api/projects/{projectId}/history")
    List<StoredEvent> history(@PathVariable String projectId) {
        List<StoredEvent> events = eventStore.readEvents(projectId).asStream().map(ProjectHistoryController::stored).toList();
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
