package cn.gov.qingyuan.plan.targets.api;

import cn.gov.qingyuan.plan.commands.AggregateVersions;
import cn.gov.qingyuan.plan.contracts.EventMetadata;
import cn.gov.qingyuan.plan.contracts.targets.CountyValue;
import cn.gov.qingyuan.plan.contracts.targets.Indicator;
import cn.gov.qingyuan.plan.contracts.targets.Indicators;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CityTargetSet;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CountyAllocationIssued;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.targets.command.TargetsInForce;
import cn.gov.qingyuan.plan.targets.command.TargetsInForce.InForce;
import cn.gov.qingyuan.plan.targets.input.TargetInputs;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of the plan's targets, for every role: the indicators, and per indicator the targets and county splits in
 * force ({@link TargetsInForce#FOLD}, the aggregate's own rule) with who set them, provenance and version (ETag, for
 * {@code If-Match}). Not the kit's state read: its fold sees no metadata, and an indicator with no target is still an
 * indicator (200, not 404). The history is the kit's ({@link TargetController}).
 */
@RestController
class TargetReadController {

    record CityTargetView(TargetPeriod period, BigDecimal value, String unit, TargetComparator comparator, Provenance provenance,
                          String source, String setBy, String setAt) {
    }

    record AllocationView(TargetPeriod year, int allocationNumber, Integer supersedes, LocalDate issuedOn, boolean late,
                          Provenance provenance, Map<String, BigDecimal> values, BigDecimal countySum, String unit,
                          BigDecimal cityTarget, String mismatchReason, String note, String issuedBy, String recordedAt) {
    }

    record TargetsView(Indicator indicator, Long version, List<CityTargetView> cityTargets, List<AllocationView> allocations) {
    }

    private final Indicators indicators;
    private final TargetInputs inputs;
    private final EventStore eventStore;

    TargetReadController(Indicators indicators, TargetInputs inputs, EventStore eventStore) {
        this.indicators = indicators;
        this.inputs = inputs;
        this.eventStore = eventStore;
    }

    @Operation(summary = "The plan's indicators: names, unit, 2014 baseline, direction, how figures aggregate, owning service")
    @GetMapping("/api/indicators")
    Collection<Indicator> indicators() {
        return indicators.all();
    }

    @Operation(summary = "An indicator's city targets and county splits in force, with provenance and version (ETag)")
    @GetMapping("/api/targets/{indicator}")
    ResponseEntity<TargetsView> targets(@PathVariable String indicator) {
        Indicator known = inputs.indicator(indicator);
        List<? extends DomainEventMessage<?>> events = events(indicator);
        if (events.isEmpty()) {
            return ResponseEntity.ok(new TargetsView(known, null, List.of(), List.of()));
        }
        TargetsInForce targets = null;
        Map<Long, MetaData> metadata = new LinkedHashMap<>();
        for (DomainEventMessage<?> event : events) {
            targets = TargetsInForce.FOLD.apply(targets, (PlanTargetEvent) event.getPayload(), event.getSequenceNumber());
            metadata.put(event.getSequenceNumber(), event.getMetaData());
        }
        List<CityTargetView> cities = targets.cityTargets().values().stream().map(t -> city(t, metadata.get(t.sequence()))).toList();
        List<AllocationView> splits = targets.allocations().values().stream().map(a -> allocation(a, metadata.get(a.sequence()))).toList();
        return ResponseEntity.ok().eTag(AggregateVersions.etag(targets.version()))
                .body(new TargetsView(known, targets.version(), cities, splits));
    }

    private static CityTargetView city(InForce<CityTargetSet> target, MetaData metadata) {
        CityTargetSet set = target.event();
        return new CityTargetView(set.period(), set.value(), set.unit(), set.comparator(), set.provenance(), set.source(),
                String.valueOf(metadata.get(EventMetadata.SUBMITTED_BY)), String.valueOf(metadata.get(EventMetadata.SUBMITTED_AT)));
    }

    private static AllocationView allocation(InForce<CountyAllocationIssued> allocation, MetaData metadata) {
        CountyAllocationIssued issued = allocation.event();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (CountyValue value : issued.values()) {
            values.put(value.county().code(), value.value());
        }
        BigDecimal sum = issued.values().stream().map(CountyValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AllocationView(issued.year(), issued.allocationNumber(), issued.supersedes(), issued.issuedOn(), issued.late(),
                issued.provenance(), values, sum, issued.unit(), issued.cityTarget(), issued.mismatchReason(), issued.note(),
                String.valueOf(metadata.get(EventMetadata.SUBMITTED_BY)), String.valueOf(metadata.get(EventMetadata.SUBMITTED_AT)));
    }

    private List<? extends DomainEventMessage<?>> events(String indicator) {
        return eventStore.readEvents(indicator).asStream().filter(e -> e.getPayload() instanceof PlanTargetEvent).toList();
    }
}
