package cn.gov.qingyuan.plan.statistics.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;

/** The submitter's reporting unit does not report for the return's county; nothing is written. */
public class OutsideReportingUnit extends RuntimeException {

    OutsideReportingUnit(ReportingUnit unit, County county) {
        super((unit == null ? "a submitter without a reporting unit" : unit.toString()) + " does not report for county "
                + county.code() + "; a county's return comes from its government or a city bureau");
    }
}
