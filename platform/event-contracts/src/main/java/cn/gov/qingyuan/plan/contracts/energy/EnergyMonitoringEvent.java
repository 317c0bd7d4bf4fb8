package cn.gov.qingyuan.plan.contracts.energy;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.SchemaVersion;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;

import java.time.LocalDate;
import java.util.List;

/**
 * Events of enterprises' online energy-consumption monitoring (能耗在线监测, plan action 6: 3–5 enterprises connected in
 * 2016, 5–10 in 2017). One connection per enterprise, named by the enterprise code; it is stored, and keyed on Kafka, as
 * {@code monitoring-connection:<code>}, so it never shares an aggregate id with an energy-management platform.
 */
public sealed interface EnergyMonitoringEvent {

    County county();

    EnterpriseCode enterpriseCode();

    List<Class<? extends EnergyMonitoringEvent>> ALL = List.of(EnterpriseMonitoringConnected.class);

    /** An enterprise's online energy-consumption data was connected to the energy management centre platform; once. */
    @SchemaVersion(1)
    record EnterpriseMonitoringConnected(EnterpriseCode enterpriseCode, String enterpriseName, County county, LocalDate connectedOn)
            implements EnergyMonitoringEvent {
    }
}
