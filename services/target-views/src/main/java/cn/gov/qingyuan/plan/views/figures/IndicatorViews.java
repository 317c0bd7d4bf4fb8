package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.Indicator;
import cn.gov.qingyuan.plan.contracts.targets.Indicators;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.views.facts.FactIndex;
import cn.gov.qingyuan.plan.views.facts.TargetIndex;
import cn.gov.qingyuan.plan.views.figures.Views.CountyStanding;
import cn.gov.qingyuan.plan.views.figures.Views.IndicatorView;
import cn.gov.qingyuan.plan.views.figures.Views.Ranking;
import cn.gov.qingyuan.plan.views.figures.Views.ScopeView;
import cn.gov.qingyuan.plan.views.figures.Views.SummonedCounty;
import cn.gov.qingyuan.plan.views.figures.Views.Supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The county and citywide target views as of a day, computed from the facts and targets in memory on each call (so a
 * view is always what its facts say now; nothing derived is stored that could go stale).
 */
public final class IndicatorViews {

    private final Indicators indicators;
    private final IndicatorRows rows;
    private final Recipes recipes;
    private final int bottomGroupSize;

    /** The views over these facts and targets, as the service computes them. */
    IndicatorViews(Indicators indicators, FactIndex facts, TargetIndex targets, int bottomGroupSize) {
        this.indicators = indicators;
        this.recipes = new Recipes(indicators);
        this.rows = new IndicatorRows(new IndicatorValues(new MeasureFigures(facts), recipes, indicators), new Targets(targets), recipes);
        this.bottomGroupSize = bottomGroupSize;
    }

    public ScopeView city(TargetPeriod period, LocalDate today) {
        List<IndicatorRow> city = indicators.all().stream().map(indicator -> rows.row(indicator, Scope.CITY, period, today)).toList();
        return new ScopeView("city", "清远市", "Qingyuan", period.toString(), today, Progress.elapsedMonths(period, today),
                Progress.totalMonths(period), city);
    }

    public ScopeView county(County county, TargetPeriod period, LocalDate today) {
        List<IndicatorRow> ofCounty = indicators.all().stream().map(indicator -> rows.rankedCounties(indicator, period, today).get(county)).toList();
        return new ScopeView(county.code(), county.chineseName(), county.englishName(), period.toString(), today,
                Progress.elapsedMonths(period, today), Progress.totalMonths(period), ofCounty);
    }

    public Optional<IndicatorView> indicator(String code, TargetPeriod period, LocalDate today) {
        return indicators.find(code).map(indicator -> {
            List<IndicatorRow> counties = new ArrayList<>(rows.rankedCounties(indicator, period, today).values());
            counties.sort(Comparator.comparing(IndicatorRow::rank, Comparator.nullsLast(Comparator.naturalOrder())));
            return new IndicatorView(code, indicator.chineseName(), indicator.englishName(), indicator.unit(), period.toString(), today,
                    rows.row(indicator, Scope.CITY, period, today), counties);
        });
    }

    /** The city's rows of the given indicators: what a live update of the city view sends. */
    public List<IndicatorRow> cityRows(Collection<String> indicatorCodes, TargetPeriod period, LocalDate today) {
        return inPlanOrder(indicatorCodes).stream().map(indicator -> rows.row(indicator, Scope.CITY, period, today)).toList();
    }

    /** One county's rows of the given indicators, ranked: what a live update of a county view sends. */
    public List<IndicatorRow> countyRows(Collection<String> indicatorCodes, TargetPeriod period, County county, LocalDate today) {
        return inPlanOrder(indicatorCodes).stream().map(indicator -> rows.rankedCounties(indicator, period, today).get(county)).toList();
    }

    private List<Indicator> inPlanOrder(Collection<String> codes) {
        return indicators.all().stream().filter(indicator -> codes.contains(indicator.code().value())).toList();
    }

    public Ranking ranking(TargetPeriod period, LocalDate today) {
        Map<County, List<IndicatorRow>> byCounty = new EnumMap<>(County.class);
        for (Indicator indicator : indicators.all()) {
            rows.rankedCounties(indicator, period, today).forEach((county, row) -> byCounty.computeIfAbsent(county, c -> new ArrayList<>()).add(row));
        }
        List<CountyStanding> standings = new ArrayList<>();
        byCounty.forEach((county, ofCounty) -> standings.add(standing(county, ofCounty)));
        List<BigDecimal> scores = standings.stream().map(CountyStanding::score).filter(Objects::nonNull).toList();
        List<CountyStanding> ranked = standings.stream()
                .map(s -> withRank(s, s.score() == null ? null : Progress.competitionRank(s.score(), scores)))
                .sorted(Comparator.comparing(CountyStanding::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CountyStanding::county))
                .toList();
        return new Ranking(period.toString(), today, ranked);
    }

    private static CountyStanding standing(County county, List<IndicatorRow> rows) {
        int[] counts = new int[Status.values().length];
        BigDecimal sum = BigDecimal.ZERO;
        int scored = 0;
        for (IndicatorRow row : rows) {
            counts[row.status().ordinal()]++;
            if (row.progress() != null) {
                sum = sum.add(row.progress().min(Progress.SCORE_CAP));
                scored++;
            }
        }
        BigDecimal score = scored == 0 ? null : sum.multiply(Progress.HUNDRED).divide(BigDecimal.valueOf(scored), 1, RoundingMode.HALF_EVEN);
        return new CountyStanding(county.code(), county.chineseName(), county.englishName(), null, score,
                counts[Status.AHEAD.ordinal()], counts[Status.ON_TRACK.ordinal()], counts[Status.AT_RISK.ordinal()],
                counts[Status.BEHIND.ordinal()], scored);
    }

    private static CountyStanding withRank(CountyStanding s, Integer rank) {
        return new CountyStanding(s.county(), s.nameZh(), s.nameEn(), rank, s.score(), s.ahead(), s.onTrack(), s.atRisk(),
                s.behind(), s.withTarget());
    }

    /**
     * The plan's summons list (section 4.4) for a year: counties that miss an annual target and rank in the bottom
     * group for it, with those indicators. While the year runs, "miss" means BEHIND by now.
     */
    public Supervision supervision(int year, LocalDate today) {
        TargetPeriod period = TargetPeriod.year(year);
        Map<County, List<IndicatorRow>> flagged = new EnumMap<>(County.class);
        for (Indicator indicator : indicators.all()) {
            rows.rankedCounties(indicator, period, today).forEach((county, row) -> {
                if (row.missed() && row.rank() != null && row.rank() > row.rankedAmong() - bottomGroupSize) {
                    flagged.computeIfAbsent(county, c -> new ArrayList<>()).add(row);
                }
            });
        }
        List<SummonedCounty> counties = flagged.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<County, List<IndicatorRow>> e) -> -e.getValue().size())
                        .thenComparing(e -> e.getKey().ordinal()))
                .map(e -> new SummonedCounty(e.getKey().code(), e.getKey().chineseName(), e.getKey().englishName(), e.getValue()))
                .toList();
        return new Supervision(year, today, bottomGroupSize, counties);
    }
}
