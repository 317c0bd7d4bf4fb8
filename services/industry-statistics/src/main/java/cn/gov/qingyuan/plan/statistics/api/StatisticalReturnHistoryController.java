package cn.gov.qingyuan.plan.statistics.api;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalFigures;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnRevised;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnSubmitted;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reads of one return straight from the event store: its full history for auditors (every event in order, with
 * who submitted it, when and in which request), and its current figures with its version (ETag) for the
 * reporting units that maintain it, so they can send {@code If-Match} with a revision.
 */
@RestController
class StatisticalReturnHistoryController {

    record StoredEvent(long sequence, String eventId, String type, int schemaVersion, Instant recordedAt,
                       Map<String, Object> metadata, Object payload) {
    }

    /** @param revisions how many times the figures were revised since the return was submitted */
    record ReturnState(String returnId, long version, String county, String period, StatisticalFigures figures,
                       LocalDate reportedOn, boolean late, int revisions) {
    }

    private final EventStore eventStore;

    StatisticalReturnHistoryController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Operation(summary = "Read a return's event history from the event store (auditors)")
    @GetMapping("/api/statistical-returns/{county}/{period}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<List<StoredEvent>> history(@PathVariable County county, @PathVariable ReportingPeriod period) {
        List<? extends DomainEventMessage<?>> events = events(county, period);
        return ResponseEntity.ok().eTag(AggregateVersions.etag(events.size() - 1L))
                .body(events.stream().map(StatisticalReturnHistoryController::stored).toList());
    }

    @Operation(summary = "Read a return's current figures and version (ETag)")
    @GetMapping("/api/statistical-returns/{county}/{period}")
    ResponseEntity<ReturnState> state(@PathVariable County county, @PathVariable ReportingPeriod period) {
        Submitter submitter = Submitter.current();
        if (submitter.role() == Role.REPORTER && !submitter.unit().covers(county, null)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Authorization", submitter.unit() + " does not report for county " + county.code());
        }
        List<? extends DomainEventMessage<?>> events = events(county, period);
        StatisticalReturnSubmitted submitted = (StatisticalReturnSubmitted) events.get(0).getPayload();
        StatisticalFigures figures = submitted.figures();
        int revisions = 0;
        for (DomainEventMessage<?> message : events) {
            if (message.getPayload() instanceof StatisticalReturnRevised revised) {
                figures = revised.figures();
                revisions++;
            }
        }
        long version = events.size() - 1L;
        return ResponseEntity.ok().eTag(AggregateVersions.etag(version)).body(new ReturnState(submitted.returnId(), version,
                county.code(), period.toString(), figures, submitted.reportedOn(), submitted.late(), revisions));
    }

    private List<? extends DomainEventMessage<?>> events(County county, ReportingPeriod period) {
        String returnId = StatisticalReturnEvent.returnId(county, period);
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(returnId).asStream()
                .filter(e -> e.getPayload() instanceof StatisticalReturnEvent).toList();
        if (events.isEmpty()) {
            throw ApiProblem.notFound("period", "no return '" + returnId + "' was submitted");
        }
        return events;
    }

    private static StoredEvent stored(DomainEventMessage<?> event) {
        EventType type = EventType.of(event.getPayloadType());
        return new StoredEvent(event.getSequenceNumber(), event.getIdentifier(), type.name(), type.version(),
                event.getTimestamp(), event.getMetaData(), event.getPayload());
    }
}
