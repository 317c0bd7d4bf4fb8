package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.commands.RecordKind;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent;
import cn.gov.qingyuan.plan.contracts.energy.EnergyManagementPlatformEvent;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent;
import cn.gov.qingyuan.plan.energy.command.AuditRecord;
import cn.gov.qingyuan.plan.energy.command.ConnectionRecord;
import cn.gov.qingyuan.plan.energy.command.EnergyReturnRecord;
import cn.gov.qingyuan.plan.energy.command.PlatformRecord;
import cn.gov.qingyuan.plan.energy.command.UpgradeRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The five kinds of record this service keeps, each at its address; the command kit answers {@code GET <address>}
 * (state and ETag; a reporter only within its unit) and {@code GET <address>/history} (auditors) for each. Everything
 * here is about a county as a whole, so each is covered by the county's government and city bureaus.
 */
@Configuration(proxyBeanMethods = false)
class EnergyRecords {

    static final RecordKind<CleanProductionAuditEvent, AuditRecord> AUDIT = RecordKind
            .of("clean-production audit", CleanProductionAuditEvent.class, AuditRecord.FOLD)
            .id("auditId").at("/api/clean-production-audits/{auditId}")
            .coveredBy((unit, audit) -> audit.coveredBy(unit))
            .build();

    static final RecordKind<MotorUpgradeEvent, UpgradeRecord> UPGRADE = RecordKind
            .of("motor upgrade", MotorUpgradeEvent.class, UpgradeRecord.FOLD)
            .id("upgradeId").at("/api/motor-upgrades/{upgradeId}")
            .coveredBy((unit, upgrade) -> upgrade.coveredBy(unit))
            .build();

    /** Addressed by county and month; its id is {@code <county>/<YYYY-MM>}. */
    static final RecordKind<CountyEnergyReturnEvent, EnergyReturnRecord> ENERGY_RETURN = RecordKind
            .of("energy return", CountyEnergyReturnEvent.class, EnergyReturnRecord.FOLD)
            .id("returnId").at("/api/energy-returns/{county}/{period}")
            .idFromAddress(address -> CountyEnergyReturnEvent.returnId(County.fromCode(address.get("county")),
                    ReportingPeriod.parse(address.get("period"))))
            .coveredBy((unit, energyReturn) -> energyReturn.coveredBy(unit))
            .build();

    /** Addressed by the enterprise's code; stored in an id space of its own. */
    static final RecordKind<EnergyMonitoringEvent, ConnectionRecord> CONNECTION = RecordKind
            .of("monitoring connection", EnergyMonitoringEvent.class, ConnectionRecord.FOLD)
            .id("enterpriseCode").at("/api/energy-monitoring/connections/{enterpriseCode}")
            .storedAs(ConnectionRecord::storedId)
            .coveredBy((unit, connection) -> connection.coveredBy(unit))
            .build();

    /** Addressed by its slug; stored in an id space of its own. */
    static final RecordKind<EnergyManagementPlatformEvent, PlatformRecord> PLATFORM = RecordKind
            .of("energy management platform", EnergyManagementPlatformEvent.class, PlatformRecord.FOLD)
            .id("platformId").at("/api/energy-management-platforms/{platformId}")
            .storedAs(PlatformRecord::storedId)
            .coveredBy((unit, platform) -> platform.coveredBy(unit))
            .build();

    @Bean
    RecordKind<CleanProductionAuditEvent, AuditRecord> audits() {
        return AUDIT;
    }

    @Bean
    RecordKind<MotorUpgradeEvent, UpgradeRecord> upgrades() {
        return UPGRADE;
    }

    @Bean
    RecordKind<CountyEnergyReturnEvent, EnergyReturnRecord> energyReturns() {
        return ENERGY_RETURN;
    }

    @Bean
    RecordKind<EnergyMonitoringEvent, ConnectionRecord> connections() {
        return CONNECTION;
    }

    @Bean
    RecordKind<EnergyManagementPlatformEvent, PlatformRecord> platforms() {
        return PLATFORM;
    }
}
