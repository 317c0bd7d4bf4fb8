package cn.gov.qingyuan.plan.views.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON of the target views (docs/target-views.md). */
public final class Views {

    private Views() {
    }

    /** Every indicator of the city or of one county. */
    public record ScopeView(String scope, String nameZh, String nameEn, String period, LocalDate asOf, int elapsedMonths,
                            int totalMonths, List<IndicatorRow> rows) {
    }

    /** One indicator: the city and the counties in rank order. */
    public record IndicatorView(String indicator, String nameZh, String nameEn, String unit, String period, LocalDate asOf,
                                IndicatorRow city, List<IndicatorRow> counties) {
    }

    public record Ranking(String period, LocalDate asOf, List<CountyStanding> counties) {
    }

    /**
     * @param score mean progress (actual ÷ expected, capped at 150 %) over the indicators the county has a target for,
     *              in %; null without any
     */
    public record CountyStanding(String county, String nameZh, String nameEn, Integer rank, BigDecimal score, int ahead,
                                 int onTrack, int atRisk, int behind, int withTarget) {
    }

    public record Supervision(int year, LocalDate asOf, int bottomGroupSize, List<SummonedCounty> counties) {
    }

    public record SummonedCounty(String county, String nameZh, String nameEn, List<IndicatorRow> indicators) {
    }

    public record Reporting(int year, LocalDate asOf, List<UnitReporting> units, List<CountyReporting> counties,
                            Totals city) {
    }

    /** @param months each month's state: ON_TIME, LATE, MISSING or NOT_DUE */
    public record UnitReporting(String unit, String kind, String county, Map<String, ReportState> months, int onTime, int late,
                                int missing) {
    }

    public enum ReportState { ON_TIME, LATE, MISSING, NOT_DUE }

    /** @param projectReports project investment reports (on time, late), which have no fixed schedule and so no "missing" */
    public record CountyReporting(String county, String nameZh, String nameEn, int onTime, int late, int missing,
                                  Totals projectReports) {
    }

    public record Totals(int onTime, int late, int missing) {
    }
}
