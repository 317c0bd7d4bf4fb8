package cn.gov.qingyuan.plan.retrofit.api;

import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentReported;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectCompleted;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectRegistered;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType;
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
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads of one retrofit project straight from the event store: its full history for auditors (every event in
 * order, with who submitted it, when and in which request), and its current state with its version (ETag) for
 * the reporting unit that maintains it, so it can send {@code If-Match}, and for the other roles.
 */
@RestController
class RetrofitHistoryController {

    record StoredEvent(long sequence, String eventId, String type, int schemaVersion, Instant recordedAt,
                       Map<String, Object> metadata, Object payload) {
    }

    record MonthFigure(BigDecimal amountWanYuan, boolean late, int corrections) {
    }

    record RetrofitProjectState(String projectId, long version, String enterpriseCode, String enterpriseName, String county,
                                String parkId, boolean aboveScale, boolean revenueAtLeast50Million, Set<RetrofitType> retrofitTypes,
                                BigDecimal plannedInvestmentWanYuan, boolean listedInCityLibrary, LocalDate completedOn,
                                Map<String, MonthFigure> investment) {
    }

    private final EventStore eventStore;

    RetrofitHistoryController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Operation(summary = "Read a retrofit project's event history from the event store (auditors)")
    @GetMapping(RetrofitProjectController.BASE + "/{projectId}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<List<StoredEvent>> history(@PathVariable String projectId) {
        List<? extends DomainEventMessage<?>> events = events(projectId);
        return ResponseEntity.ok().eTag(AggregateVersions.etag(events.size() - 1L))
                .body(events.stream().map(RetrofitHistoryController::stored).toList());
    }

    @Operation(summary = "Read a retrofit project's current state and version (ETag)")
    @GetMapping(RetrofitProjectController.BASE + "/{projectId}")
    ResponseEntity<RetrofitProjectState> state(@PathVariable String projectId) {
        List<? extends DomainEventMessage<?>> events = events(projectId);
        RetrofitProjectRegistered registered = (RetrofitProjectRegistered) events.get(0).getPayload();
        Submitter submitter = Submitter.current();
        if (submitter.role() == Role.REPORTER && !submitter.unit().covers(registered.county(), registered.parkId())) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Authorization", submitter.unit() + " does not report for this project");
        }
        LocalDate completedOn = null;
        Map<String, MonthFigure> investment = new TreeMap<>();
        for (DomainEventMessage<?> message : events) {
            Object event = message.getPayload();
            if (event instanceof RetrofitInvestmentReported report) {
                investment.put(report.period().toString(), new MonthFigure(report.amountWanYuan(), report.late(), 0));
            } else if (event instanceof RetrofitInvestmentCorrected correction) {
                MonthFigure before = investment.get(correction.period().toString());
                investment.put(correction.period().toString(),
                        new MonthFigure(correction.amountWanYuan(), before.late(), before.corrections() + 1));
            } else if (event instanceof RetrofitProjectCompleted completed) {
                completedOn = completed.completedOn();
            }
        }
        long version = events.size() - 1L;
        return ResponseEntity.ok().eTag(AggregateVersions.etag(version)).body(new RetrofitProjectState(projectId, version,
                registered.enterpriseCode().value(), registered.enterpriseName(), registered.county().code(), registered.parkId(),
                registered.aboveScale(), registered.revenueAtLeast50Million(), registered.retrofitTypes(),
                registered.plannedInvestmentWanYuan(), registered.listedInCityLibrary(), completedOn, investment));
    }

    private List<? extends DomainEventMessage<?>> events(String projectId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(projectId).asStream()
                .filter(e -> e.getPayload() instanceof RetrofitProjectEvent).toList();
        if (events.isEmpty()) {
            throw ApiProblem.notFound("projectId", "no retrofit project '" + projectId + "' is registered");
        }
        return events;
    }

    private static StoredEvent stored(DomainEventMessage<?> event) {
        EventType type = EventType.of(event.getPayloadType());
        return new StoredEvent(event.getSequenceNumber(), event.getIdentifier(), type.name(), type.version(),
                event.getTimestamp(), event.getMetaData(), event.getPayload());
    }
}
