package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;

/** A record about one county as a whole, as every record of this service is: kept by its government or a city bureau, never a park. */
public interface CountyRecord {

    County county();

    default boolean coveredBy(ReportingUnit unit) {
        return unit.covers(county(), null);
    }
}
