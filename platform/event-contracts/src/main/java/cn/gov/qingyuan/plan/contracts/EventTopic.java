package cn.gov.qingyuan.plan.contracts;

import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent;
import cn.gov.qingyuan.plan.contracts.energy.EnergyManagementPlatformEvent;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Each command service's event topic with what may travel on it: the one service that publishes there (its
 * {@code ce_source}) and the event families it publishes. Producers check their configured source against it, consumers
 * refuse a record that does not match it (docs/events.md, "What a consumer accepts").
 */
public enum EventTopic {

    INDUSTRIAL_PROJECTS(Topics.INDUSTRIAL_PROJECTS, "industrial-projects", IndustrialProjectEvent.class),
    TECHNICAL_RETROFIT(Topics.TECHNICAL_RETROFIT, "technical-retrofit", RetrofitProjectEvent.class),
    INDUSTRY_STATISTICS(Topics.INDUSTRY_STATISTICS, "industry-statistics", StatisticalReturnEvent.class),
    PLAN_TARGETS(Topics.PLAN_TARGETS, "plan-targets", PlanTargetEvent.class),
    PARK_METRICS(Topics.PARK_METRICS, "park-metrics", ParkMonthEvent.class, CircularEconomyRetrofitEvent.class),
    ENERGY_AUDITS(Topics.ENERGY_AUDITS, "energy-audits", CountyEnergyReturnEvent.class, CleanProductionAuditEvent.class,
            EnergyManagementPlatformEvent.class, EnergyMonitoringEvent.class, MotorUpgradeEvent.class);

    private static final Map<String, EventTopic> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventTopic::topic, Function.identity()));

    private final String topic;
    private final String service;
    private final URI source;
    private final List<Class<?>> families;
    private final Map<String, EventType> types;

    EventTopic(String topic, String service, Class<?>... families) {
        this.topic = topic;
        this.service = service;
        this.source = URI.create("/services/" + service);
        this.families = List.of(families);
        this.types = this.families.stream().flatMap(family -> Stream.of(family.getPermittedSubclasses())).map(EventType::of)
                .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    }

    /** The plan's event topic of this name; empty for any other topic (the chain heads, a test's own). */
    public static Optional<EventTopic> of(String topic) {
        return Optional.ofNullable(BY_NAME.get(topic));
    }

    public String topic() {
        return topic;
    }

    /** The command service that publishes on the topic, from its own event store, e.g. {@code industrial-projects}. */
    public String service() {
        return service;
    }

    /** The {@code ce_source} of every event on the topic: {@code /services/<service>}. */
    public URI source() {
        return source;
    }

    /** The sealed event interfaces whose events travel on the topic. */
    public List<Class<?>> families() {
        return families;
    }

    /** The type, in the version this build reads, of the topic's event named {@code name}; empty if none is. */
    public Optional<EventType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }
}
