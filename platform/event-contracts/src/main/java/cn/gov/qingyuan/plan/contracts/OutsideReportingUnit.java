package cn.gov.qingyuan.plan.contracts;

/**
 * A submitter's reporting unit does not cover what it submitted for (see {@link ReportingUnit#covers}).
 * Aggregates raise it before applying anything, so nothing is written; the APIs answer 403.
 */
public class OutsideReportingUnit extends RuntimeException {

    /** @param parkId the park the submission is about, or null for a county-wide one */
    public OutsideReportingUnit(ReportingUnit unit, County county, String parkId) {
        super((unit == null ? "a submitter without a reporting unit" : unit.toString()) + " does not report for "
                + (parkId == null ? "county " + county.code() : "park " + parkId + " in " + county.code()));
    }
}
