package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;

/**
 * The submitter's reporting unit does not report for the county; nothing is written. Everything this service
 * records is about a county as a whole, so only the county's government and the city bureaus are covered.
 */
public class OutsideReportingUnit extends RuntimeException {

    OutsideReportingUnit(ReportingUnit unit, County county) {
        super((unit == null ? "a submitter without a reporting unit" : unit.toString()) + " does not report for county "
                + county.code());
    }

    static void requireCovered(ReportingUnit unit, County county) {
        if (unit == null || !unit.covers(county, null)) {
            throw new OutsideReportingUnit(unit, county);
        }
    }
}
