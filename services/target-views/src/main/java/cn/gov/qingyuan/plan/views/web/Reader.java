package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Role;
import cn.gov.qingyuan.plan.http.Submitter;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who reads a view, and what of it (docs/adr/0013): monitors, auditors, planners and operators every county's detail; a
 * reporter its own unit's county (a county its county, a park the county hosting it, a city bureau every county, as it
 * reports citywide). What the plan circulates to every county (the city overview, the ranking, the summons list) everyone
 * reads; only auditors see who submitted what.
 *
 * @param counties the counties whose detail this reader sees
 */
record Reader(String subject, Role role, ReportingUnit unit, Set<County> counties) {

    static Reader of(Submitter submitter, Parks parks) {
        return new Reader(String.valueOf(submitter.subject()), submitter.role(), submitter.unit(), counties(submitter, parks));
    }

    private static Set<County> counties(Submitter submitter, Parks parks) {
        if (submitter.role() != Role.REPORTER) {
            return EnumSet.allOf(County.class);
        }
        ReportingUnit unit = submitter.unit();
        return switch (unit.kind()) {
            case COUNTY -> EnumSet.of(County.fromCode(unit.code()));
            case PARK -> parks.find(unit.code()).map(Park::hostCounty).map(EnumSet::of).orElseGet(() -> EnumSet.noneOf(County.class));
            case BUREAU -> EnumSet.allOf(County.class);
        };
    }

    boolean sees(County county) {
        return counties.contains(county);
    }

    /** Whether this reader sees the detail of the county with this code. */
    boolean sees(String countyCode) {
        return counties.stream().anyMatch(county -> county.code().equals(countyCode));
    }

    /** Refuses a county's view, export or stream to a reader outside it (403 naming the reader's unit). */
    void requireSees(County county) {
        if (!sees(county)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "county", "a reporter for " + unit + " reads the views of "
                    + (counties.isEmpty() ? "no county" : String.join(", ", counties.stream().map(County::code).toList()))
                    + (unit.kind() == ReportingUnit.Kind.PARK ? " (the county hosting its park)" : "")
                    + ", the city overview, the county ranking and the summons list; " + county.code() + " is another county");
        }
    }

    /** Whether this reader sees a submitter's identity (the token subject behind an event): auditors only. */
    boolean seesSubmitters() {
        return role == Role.AUDITOR;
    }
}
