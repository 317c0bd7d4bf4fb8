package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.views.figures.Views.CountyReporting;
import cn.gov.qingyuan.plan.views.figures.Views.ReportState;
import cn.gov.qingyuan.plan.views.figures.Views.Reporting;
import cn.gov.qingyuan.plan.views.figures.Views.Totals;
import cn.gov.qingyuan.plan.views.figures.Views.UnitReporting;
import cn.gov.qingyuan.plan.views.facts.Submission;
import cn.gov.qingyuan.plan.views.facts.SubmissionIndex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reporting discipline under the 8-day rule: per reporting unit and month, on time, late or missing. Units owe one
 * report a month: every county its statistical return and its energy return, every park its figures. A project reports
 * only while it invests, so its reports count as on time or late but never as missing.
 */
public final class ReportingDiscipline {

    private final SubmissionIndex submissions;
    private final Parks parks;

    ReportingDiscipline(SubmissionIndex submissions, Parks parks) {
        this.submissions = submissions;
        this.parks = parks;
    }

    /** The year's discipline as of {@code today}: what is due by then and not received is missing. */
    public Reporting of(int year, LocalDate today) {
        Map<String, Submission> byKey = new HashMap<>();
        Map<County, int[]> projectCounts = new EnumMap<>(County.class);
        for (Submission submission : submissions.of(year)) {
            byKey.put(submission.key(), submission);
            if (Submission.PROJECT_REPORTS.contains(submission.kind())) {
                projectCounts.computeIfAbsent(County.fromCode(submission.county()), c -> new int[2])[submission.late() ? 1 : 0]++;
            }
        }
        List<UnitReporting> units = new ArrayList<>();
        for (County county : County.values()) {
            units.add(unit("county:" + county.code(), Submission.STATISTICAL_RETURN, county, year, today, byKey));
            units.add(unit("county:" + county.code(), Submission.ENERGY_RETURN, county, year, today, byKey));
        }
        for (Park park : parks.all()) {
            units.add(unit("park:" + park.id(), Submission.PARK_FIGURES, park.hostCounty(), year, today, byKey));
        }
        List<CountyReporting> counties = new ArrayList<>();
        int onTime = 0;
        int late = 0;
        int missing = 0;
        for (County county : County.values()) {
            int[] projects = projectCounts.getOrDefault(county, new int[2]);
            int countyOnTime = projects[0];
            int countyLate = projects[1];
            int countyMissing = 0;
            for (UnitReporting unit : units) {
                if (unit.county().equals(county.code())) {
                    countyOnTime += unit.onTime();
                    countyLate += unit.late();
                    countyMissing += unit.missing();
                }
            }
            counties.add(new CountyReporting(county.code(), county.chineseName(), county.englishName(), countyOnTime, countyLate,
                    countyMissing, new Totals(projects[0], projects[1], 0)));
            onTime += countyOnTime;
            late += countyLate;
            missing += countyMissing;
        }
        return new Reporting(year, today, units, counties, new Totals(onTime, late, missing));
    }

    private static UnitReporting unit(String unit, String kind, County county, int year, LocalDate today, Map<String, Submission> byKey) {
        Map<String, ReportState> months = new LinkedHashMap<>();
        int[] counts = new int[ReportState.values().length];
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            Submission submission = byKey.get(Submission.key(kind, unit, month));
            ReportState state;
            if (submission != null) {
                state = submission.late() ? ReportState.LATE : ReportState.ON_TIME;
            } else {
                state = today.isAfter(new ReportingPeriod(month).dueDate()) ? ReportState.MISSING : ReportState.NOT_DUE;
            }
            months.put(month.toString(), state);
            counts[state.ordinal()]++;
        }
        return new UnitReporting(unit, kind, county.code(), months, counts[ReportState.ON_TIME.ordinal()],
                counts[ReportState.LATE.ordinal()], counts[ReportState.MISSING.ordinal()]);
    }
}
