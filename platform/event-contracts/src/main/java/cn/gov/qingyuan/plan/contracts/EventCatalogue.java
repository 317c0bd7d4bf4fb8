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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every event contract of the plan, by its type name: what a consumer of every topic (the audit journal) reads. */
public final class EventCatalogue {

    /** Every sealed event interface of the contracts (the architecture test checks none is left out). */
    public static final List<Class<?>> FAMILIES = List.of(IndustrialProjectEvent.class, RetrofitProjectEvent.class,
            StatisticalReturnEvent.class, PlanTargetEvent.class, ParkMonthEvent.class, CircularEconomyRetrofitEvent.class,
            CountyEnergyReturnEvent.class, CleanProductionAuditEvent.class, EnergyManagementPlatformEvent.class,
            EnergyMonitoringEvent.class, MotorUpgradeEvent.class);

    private static final Map<String, Class<?>> BY_NAME = new LinkedHashMap<>();

    static {
        FAMILIES.stream().flatMap(family -> Stream.of(family.getPermittedSubclasses()))
                .forEach(type -> BY_NAME.put(EventType.of(type).name(), type));
    }

    private EventCatalogue() {
    }

    public static List<Class<?>> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The contract of a type name ({@link EventType#name()}). */
    public static Optional<Class<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
