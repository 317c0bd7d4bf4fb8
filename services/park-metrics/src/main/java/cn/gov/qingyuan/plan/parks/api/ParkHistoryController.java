package cn.gov.qingyuan.plan.parks.api;

import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent.CircularEconomyRetrofitCompleted;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent.CircularEconomyRetrofitStarted;
import cn.gov.qingyuan.plan.contracts.parks.ParkFigures;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresRevised;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresSubmitted;
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
 * Reads of a park's month and of its circular-economy retrofit straight from the event store: the full history for
 * auditors (every event in order, with who submitted it, when and in which request), and the current state with its
 * version (ETag) for the reporting units that maintain it, so they can send {@code If-Match}, and for the other roles.
 */
@RestController
class ParkHistoryController {

    record StoredEvent(long sequence, String eventId, String type, int schemaVersion, Instant recordedAt,
                       Map<String, Object> metadata, Object payload) {
    }

    /** @param revisions how many times the figures were revised since they were submitted */
    record ParkMonthState(String parkMonthId, long version, String parkId, String county, String period, ParkFigures figures,
                          LocalDate reportedOn, boolean late, int revisions) {
    }

    record RetrofitState(String parkId, long version, String county, LocalDate startedOn, LocalDate completedOn) {
    }

    private final EventStore eventStore;
    private final ParkReference parks;

    ParkHistoryController(EventStore eventStore, ParkReference parks) {
        this.eventStore = eventStore;
        this.parks = parks;
    }

    @Operation(summary = "Read a park's month's event history from the event store (auditors)")
    @GetMapping(ParkMonthController.BASE + "/{parkId}/months/{period}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<List<StoredEvent>> monthHistory(@PathVariable String parkId, @PathVariable String period) {
        return history(monthEvents(parks.park(parkId), period));
    }

    @Operation(summary = "Read a park's current figures for a month and their version (ETag)")
    @GetMapping(ParkMonthController.BASE + "/{parkId}/months/{period}")
    ResponseEntity<ParkMonthState> month(@PathVariable String parkId, @PathVariable String period) {
        Park park = parks.park(parkId);
        requireInScope(park);
        List<? extends DomainEventMessage<?>> events = monthEvents(park, period);
        ParkFiguresSubmitted submitted = (ParkFiguresSubmitted) events.get(0).getPayload();
        ParkFigures figures = submitted.figures();
        int revisions = 0;
        for (DomainEventMessage<?> message : events) {
            if (message.getPayload() instanceof ParkFiguresRevised revised) {
                figures = revised.figures();
                revisions++;
            }
        }
        long version = events.size() - 1L;
        return ResponseEntity.ok().eTag(AggregateVersions.etag(version)).body(new ParkMonthState(submitted.parkMonthId(), version,
                park.id(), park.hostCounty().code(), submitted.period().toString(), figures, submitted.reportedOn(), submitted.late(),
                revisions));
    }

    @Operation(summary = "Read a park's circular-economy retrofit event history from the event store (auditors)")
    @GetMapping("/api/parks/{parkId}/circular-economy-retrofit/history")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<List<StoredEvent>> retrofitHistory(@PathVariable String parkId) {
        return history(retrofitEvents(parks.park(parkId)));
    }

    @Operation(summary = "Read a park's circular-economy retrofit and its version (ETag)")
    @GetMapping("/api/parks/{parkId}/circular-economy-retrofit")
    ResponseEntity<RetrofitState> retrofit(@PathVariable String parkId) {
        Park park = parks.park(parkId);
        requireInScope(park);
        List<? extends DomainEventMessage<?>> events = retrofitEvents(park);
        LocalDate startedOn = null;
        LocalDate completedOn = null;
        for (DomainEventMessage<?> message : events) {
            if (message.getPayload() instanceof CircularEconomyRetrofitStarted started) {
                startedOn = started.startedOn();
            } else if (message.getPayload() instanceof CircularEconomyRetrofitCompleted completed) {
                completedOn = completed.completedOn();
            }
        }
        long version = events.size() - 1L;
        return ResponseEntity.ok().eTag(AggregateVersions.etag(version))
                .body(new RetrofitState(park.id(), version, park.hostCounty().code(), startedOn, completedOn));
    }

    private static void requireInScope(Park park) {
        Submitter submitter = Submitter.current();
        if (submitter.role() == Role.REPORTER && !submitter.unit().covers(park.hostCounty(), park.id())) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Authorization", submitter.unit() + " does not report for park " + park.id()
                    + " in " + park.hostCounty().code());
        }
    }

    private List<? extends DomainEventMessage<?>> monthEvents(Park park, String period) {
        ReportingPeriod month;
        try {
            month = ReportingPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("period", e.getMessage());
        }
        String id = ParkMonthEvent.parkMonthId(park.id(), month);
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id).asStream()
                .filter(e -> e.getPayload() instanceof ParkMonthEvent).toList();
        if (events.isEmpty()) {
            throw ApiProblem.notFound("period", "no figures '" + id + "' were submitted");
        }
        return events;
    }

    private List<? extends DomainEventMessage<?>> retrofitEvents(Park park) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(park.id()).asStream()
                .filter(e -> e.getPayload() instanceof CircularEconomyRetrofitEvent).toList();
        if (events.isEmpty()) {
            throw ApiProblem.notFound("parkId", "park " + park.id() + " has not started a circular-economy retrofit");
        }
        return events;
    }

    private static ResponseEntity<List<StoredEvent>> history(List<? extends DomainEventMessage<?>> events) {
        return ResponseEntity.ok().eTag(AggregateVersions.etag(events.size() - 1L))
                .body(events.stream().map(ParkHistoryController::stored).toList());
    }

    private static StoredEvent stored(DomainEventMessage<?> event) {
        EventType type = EventType.of(event.getPayloadType());
        return new StoredEvent(event.getSequenceNumber(), event.getIdentifier(), type.name(), type.version(),
                event.getTimestamp(), event.getMetaData(), event.getPayload());
    }
}
