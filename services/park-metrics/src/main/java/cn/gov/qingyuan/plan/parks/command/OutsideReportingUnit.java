package cn.gov.qingyuan.plan.parks.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;

/** The submitter's reporting unit does not cover the park; nothing is written. */
public class OutsideReportingUnit extends RuntimeException {

    OutsideReportingUnit(ReportingUnit unit, String parkId, County hostCounty) {
        super((unit == null ? "a submitter without a reporting unit" : unit.toString()) + " does not report for park " + parkId
                + " in " + hostCounty.code() + "; a park's figures come from its committee, its host county's government or a city bureau");
    }
}
