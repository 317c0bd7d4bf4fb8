package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.commands.RecordFold;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.energy.EnergyManagementPlatformEvent;
import cn.gov.qingyuan.plan.contracts.energy.EnergyManagementPlatformEvent.EnergyManagementPlatformLaunched;

import java.time.LocalDate;

/** An energy management centre platform as its event makes it, for {@link EnergyManagementPlatform} and its state read alike. */
public record PlatformRecord(String platformId, long version, String name, County county, boolean cityPlatform, LocalDate launchedOn)
        implements CountyRecord {

    public static final RecordFold<EnergyManagementPlatformEvent, PlatformRecord> FOLD = (platform, event, sequence) -> {
        EnergyManagementPlatformLaunched launched = (EnergyManagementPlatformLaunched) event;
        return new PlatformRecord(launched.platformId(), sequence, launched.name(), launched.county(), launched.cityPlatform(),
                launched.launchedOn());
    };

    /** The platform's aggregate identifier: an id space of its own, so a slug never meets an enterprise's connection. */
    public static String storedId(String platformId) {
        return "energy-management-platform:" + platformId;
    }
}
