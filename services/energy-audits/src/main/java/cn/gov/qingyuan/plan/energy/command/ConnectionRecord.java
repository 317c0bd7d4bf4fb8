package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.commands.RecordFold;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent.EnterpriseMonitoringConnected;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;

import java.time.LocalDate;

/** An enterprise's monitoring connection as its event makes it, for {@link MonitoringConnection} and its state read alike. */
public record ConnectionRecord(EnterpriseCode enterpriseCode, long version, String enterpriseName, County county, LocalDate connectedOn)
        implements CountyRecord {

    public static final RecordFold<EnergyMonitoringEvent, ConnectionRecord> FOLD = (connection, event, sequence) -> {
        EnterpriseMonitoringConnected connected = (EnterpriseMonitoringConnected) event;
        return new ConnectionRecord(connected.enterpriseCode(), sequence, connected.enterpriseName(), connected.county(),
                connected.connectedOn());
    };

    /**
     * The connection's aggregate identifier: an id space of its own in the event store, because the API's id, the
     * enterprise code, can equal another kind's id (an all-digit code is also a valid platform slug).
     */
    public static String storedId(String enterpriseCode) {
        return "monitoring-connection:" + enterpriseCode;
    }
}
