package cn.gov.qingyuan.plan.retrofit.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;

/** The submitter's reporting unit does not cover the project's county or park; nothing is written. */
public class OutsideReportingUnit extends RuntimeException {

    OutsideReportingUnit(ReportingUnit unit, County county, String parkId) {
        super((unit == null ? "a submitter without a reporting unit" : unit.toString()) + " does not report for "
                + (parkId == null ? "county " + county.code() : "park " + parkId + " in " + county.code()));
    }
}
