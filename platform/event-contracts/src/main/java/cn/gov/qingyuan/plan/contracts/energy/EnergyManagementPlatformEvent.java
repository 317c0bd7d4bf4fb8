package cn.gov.qingyuan.plan.contracts.energy;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.SchemaVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * Energy management centre platforms (能源管理中心平台, plan action 6: the city platform in 2015, enterprises' own
 * platforms such as Yuantan's ceramics makers later). A platform goes live once; its id is a short slug.
 */
public sealed interface EnergyManagementPlatformEvent {

    String platformId();

    County county();

    List<Class<? extends EnergyManagementPlatformEvent>> ALL = List.of(EnergyManagementPlatformLaunched.class);

    /** The platform went live on {@code launchedOn}; {@code cityPlatform} marks the city's own centre. */
    @SchemaVersion(1)
    record EnergyManagementPlatformLaunched(String platformId, String name, County county, boolean cityPlatform, LocalDate launchedOn)
            implements EnergyManagementPlatformEvent {
    }
}
