package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.contracts.ReportingDomain;
import cn.gov.qingyuan.plan.commands.RecordFold;
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
import cn.gov.qingyuan.plan.energy.command.CountyRecord;
import cn.gov.qingyuan.plan.energy.command.EnergyReturnRecord;
import cn.gov.qingyuan.plan.energy.command.PlatformRecord;
import cn.gov.qingyuan.plan.energy.command.UpgradeRecord;
import cn.gov.qingyuan.plan.http.ApiProblem;

import java.util.Map;
import java.util.function.Function;

/**
 * The five kinds of record this service keeps, each at its address, declared to the command kit by {@link EnergyController};
 * the kit answers {@code GET <address>} (state and ETag; a reporter only within its unit) and {@code GET <address>/history}
 * (auditors) for each. A 404 names the record as this API always did.
 */
final class EnergyRecords {

    private EnergyRecords() {
    }

    static final RecordKind<CleanProductionAuditEvent, AuditRecord> AUDIT = ofCounty("clean-production audit", ReportingDomain.CLEAN_PRODUCTION,
            CleanProductionAuditEvent.class, AuditRecord.FOLD)
            .id("auditId").at("/api/clean-production-audits/{auditId}")
            .missing("auditId", id -> "no clean-production audit '" + id + "' is planned")
            .build();

    static final RecordKind<MotorUpgradeEvent, UpgradeRecord> UPGRADE = ofCounty("motor upgrade", ReportingDomain.ENERGY_SAVING, MotorUpgradeEvent.class, UpgradeRecord.FOLD)
            .id("upgradeId").at("/api/motor-upgrades/{upgradeId}")
            .missing("upgradeId", id -> "no motor upgrade '" + id + "' is registered")
            .build();

    /** Addressed by county and month, its id {@code <county>/<YYYY-MM>}; submitted once, then changed by revisions. */
    static final RecordKind<CountyEnergyReturnEvent, EnergyReturnRecord> ENERGY_RETURN = ofCounty("energy return", ReportingDomain.ENERGY_AND_EMISSIONS,
            CountyEnergyReturnEvent.class, EnergyReturnRecord.FOLD)
            .id("returnId").at("/api/energy-returns/{county}/{period}")
            .idFromAddress(address -> CountyEnergyReturnEvent.returnId(variable(address, "county", County::fromCode),
                    variable(address, "period", ReportingPeriod::parse)))
            .missing("period", id -> "no energy return '" + id + "' was submitted; submit it with PUT first")
            .revisedAt("/revisions")
            .build();

    /** Addressed by the enterprise's code; stored in an id space of its own. */
    static final RecordKind<EnergyMonitoringEvent, ConnectionRecord> CONNECTION = ofCounty("monitoring connection", ReportingDomain.ENERGY_SAVING,
            EnergyMonitoringEvent.class, ConnectionRecord.FOLD)
            .id("enterpriseCode").at("/api/energy-monitoring/connections/{enterpriseCode}")
            .storedAs(ConnectionRecord::storedId)
            .missing("enterpriseCode", code -> "enterprise '" + code + "' is not connected")
            .build();

    /** Addressed by its slug; stored in an id space of its own. */
    static final RecordKind<EnergyManagementPlatformEvent, PlatformRecord> PLATFORM = ofCounty("energy management platform", ReportingDomain.ENERGY_SAVING,
            EnergyManagementPlatformEvent.class, PlatformRecord.FOLD)
            .id("platformId").at("/api/energy-management-platforms/{platformId}")
            .storedAs(PlatformRecord::storedId)
            .build();

    private static <E, S extends CountyRecord> RecordKind.Builder<E, S> ofCounty(String name, ReportingDomain domain, Class<E> events,
                                                                                  RecordFold<E, S> fold) {
        return RecordKind.of(name, domain, events, fold).coveredBy((unit, record) -> record.coveredBy(unit));
    }

    /** A malformed county or month in the address is a 400 on that variable, as Spring's binding of it says. */
    private static <T> T variable(Map<String, String> address, String name, Function<String, T> parse) {
        try {
            return parse.apply(address.get(name));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(name, e.getMessage());
        }
    }
}
