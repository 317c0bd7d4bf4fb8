package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.http.ApiProblem;

/** The query parameters every view takes, read once, so every view refuses a bad one with the same problem. */
final class RequestValues {

    static final String PERIOD_HELP = "a plan year (2015, 2016, 2017) or the whole plan (2015-2017)";

    private RequestValues() {
    }

    static TargetPeriod period(String text) {
        try {
            return TargetPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("period", e.getMessage());
        }
    }

    static int year(int year) {
        if (year < TargetPeriod.PLAN_FIRST_YEAR || year > TargetPeriod.PLAN_LAST_YEAR) {
            throw ApiProblem.invalid("year", year + " is not a plan year (" + TargetPeriod.PLAN_FIRST_YEAR + " to "
                    + TargetPeriod.PLAN_LAST_YEAR + ")");
        }
        return year;
    }
}
