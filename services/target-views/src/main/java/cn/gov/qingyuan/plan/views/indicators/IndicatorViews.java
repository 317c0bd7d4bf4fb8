package cn.gov.qingyuan.plan.views.indicators;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.views.indicators.Indicator.Aggregation;
import cn.gov.qingyuan.plan.views.indicators.Indicator.Direction;
import cn.gov.qingyuan.plan.views.indicators.TargetBook.Target;
import cn.gov.qingyuan.plan.views.indicators.Views.CountyStanding;
import cn.gov.qingyuan.plan.views.indicators.Views.IndicatorView;
import cn.gov.qingyuan.plan.views.indicators.Views.Ranking;
import cn.gov.qingyuan.plan.views.indicators.Views.ScopeView;
import cn.gov.qingyuan.plan.views.indicators.Views.SummonedCounty;
import cn.gov.qingyuan.plan.views.indicators.Views.Supervision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The county and citywide target views, computed on request from the facts and targets in memory (so a view is
 * always what its facts say now; nothing derived is stored that could go stale).
 */
@Component
public class IndicatorViews {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.95");
    private static final BigDecimal SCORE_CAP = new BigDecimal("1.5");

    private final IndicatorCatalogue catalogue;
    private final IndicatorValues values;
    private final TargetBook targets;
    private final Recipes recipes;
    private final PlanClock clock;
    private final int bottomGroupSize;

    IndicatorViews(IndicatorCatalogue catalogue, IndicatorValues values, TargetBook targets, Recipes recipes, PlanClock clock,
                   @Value("${plan.views.bottom-group-size:3}") int bottomGroupSize) {
        this.catalogue = catalogue;
        this.values = values;
        this.targets = targets;
        this.recipes = recipes;
        this.clock = clock;
        this.bottomGroupSize = bottomGroupSize;
    }

    public ScopeView city(TargetPeriod period) {
        LocalDate today = clock.today();
        List<IndicatorRow> rows = catalogue.all().stream().map(indicator -> row(indicator, Scope.CITY, period, today)).toList();
        return new ScopeView("city", "清远市", "Qingyuan", period.toString(), today, elapsedMonths(period, today), totalMonths(period), rows);
    }

    public ScopeView county(County county, TargetPeriod period) {
        LocalDate today = clock.today();
        List<IndicatorRow> rows = catalogue.all().stream()
                .map(indicator -> rankedCounties(indicator, period, today).get(county)).toList();
        return new ScopeView(county.code(), county.chineseName(), county.englishName(), period.toString(), today,
                elapsedMonths(period, today), totalMonths(period), rows);
    }

    public Optional<IndicatorView> indicator(String code, TargetPeriod period) {
        LocalDate today = clock.today();
        return catalogue.find(code).map(indicator -> {
            List<IndicatorRow> counties = new ArrayList<>(rankedCounties(indicator, period, today).values());
            counties.sort(Comparator.comparing(IndicatorRow::rank, Comparator.nullsLast(Comparator.naturalOrder())));
            return new IndicatorView(code, indicator.nameZh(), indicator.nameEn(), indicator.unit(), period.toString(), today,
                    row(indicator, Scope.CITY, period, today), counties);
        });
    }

    /** The city's rows of the given indicators: what a live update of the city view sends. */
    public List<IndicatorRow> cityRows(Collection<String> indicatorCodes, TargetPeriod period) {
        LocalDate today = clock.today();
        return inCatalogueOrder(indicatorCodes).stream().map(indicator -> row(indicator, Scope.CITY, period, today)).toList();
    }

    /** One county's rows of the given indicators, ranked: what a live update of a county view sends. */
    public List<IndicatorRow> countyRows(Collection<String> indicatorCodes, TargetPeriod period, County county) {
        LocalDate today = clock.today();
        return inCatalogueOrder(indicatorCodes).stream().map(indicator -> rankedCounties(indicator, period, today).get(county)).toList();
    }

    private List<Indicator> inCatalogueOrder(Collection<String> codes) {
        return catalogue.all().stream().filter(indicator -> codes.contains(indicator.code())).toList();
    }

    public Ranking ranking(TargetPeriod period) {
        LocalDate today = clock.today();
        Map<County, List<IndicatorRow>> byCounty = new EnumMap<>(County.class);
        for (Indicator indicator : catalogue.all()) {
            rankedCounties(indicator, period, today).forEach((county, row) -> byCounty.computeIfAbsent(county, c -> new ArrayList<>()).add(row));
        }
        List<CountyStanding> standings = new ArrayList<>();
        byCounty.forEach((county, rows) -> standings.add(standing(county, rows)));
        List<BigDecimal> scores = standings.stream().map(CountyStanding::score).filter(java.util.Objects::nonNull).toList();
        List<CountyStanding> ranked = standings.stream()
                .map(s -> withRank(s, s.score() == null ? null : competitionRank(s.score(), scores)))
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
                sum = sum.add(row.progress().min(SCORE_CAP));
                scored++;
            }
        }
        BigDecimal score = scored == 0 ? null : sum.multiply(HUNDRED).divide(BigDecimal.valueOf(scored), 1, RoundingMode.HALF_EVEN);
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
    public Supervision supervision(int year) {
        TargetPeriod period = TargetPeriod.year(year);
        LocalDate today = clock.today();
        Map<County, List<IndicatorRow>> flagged = new EnumMap<>(County.class);
        for (Indicator indicator : catalogue.all()) {
            rankedCounties(indicator, period, today).forEach((county, row) -> {
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

    /** Every county's row of one indicator, ranked among the counties. */
    private Map<County, IndicatorRow> rankedCounties(Indicator indicator, TargetPeriod period, LocalDate today) {
        Map<County, IndicatorRow> rows = new EnumMap<>(County.class);
        for (County county : County.values()) {
            rows.put(county, row(indicator, Scope.of(county), period, today));
        }
        boolean anyTarget = rows.values().stream().anyMatch(row -> row.progress() != null);
        List<BigDecimal> keys = new ArrayList<>();
        Map<County, BigDecimal> keyOf = new EnumMap<>(County.class);
        rows.forEach((county, row) -> {
            BigDecimal key = anyTarget ? row.progress() : byFigure(indicator, row.actual());
            if (key != null) {
                keys.add(key);
                keyOf.put(county, key);
            }
        });
        Map<County, IndicatorRow> ranked = new EnumMap<>(County.class);
        rows.forEach((county, row) -> {
            BigDecimal key = keyOf.get(county);
            ranked.put(county, key == null ? row.ranked(null, keys.size()) : row.ranked(competitionRank(key, keys), keys.size()));
        });
        return ranked;
    }

    /** Without targets counties are ranked by the figure itself, the better direction first. */
    private static BigDecimal byFigure(Indicator indicator, BigDecimal actual) {
        if (actual == null) {
            return null;
        }
        return indicator.direction() == Direction.LOWER_IS_BETTER ? actual.negate() : actual;
    }

    /** 1 + how many are strictly better: ties share a rank ("1224"). */
    private static int competitionRank(BigDecimal key, List<BigDecimal> all) {
        return 1 + (int) all.stream().filter(other -> other.compareTo(key) > 0).count();
    }

    IndicatorRow row(Indicator indicator, Scope scope, TargetPeriod period, LocalDate today) {
        Figure actual = values.actual(indicator.code(), scope, period);
        boolean addsUp = addsUpOverTime(indicator);
        Optional<Target> target = scope.isCity()
                ? targets.city(indicator.code(), period, addsUp)
                : targets.county(indicator.code(), period, scope.county(), addsUp);
        BigDecimal targetValue = target.map(Target::value).orElse(null);
        TargetComparator comparator = target.map(Target::comparator).orElse(null);
        int elapsed = elapsedMonths(period, today);
        int total = totalMonths(period);
        BigDecimal expected = targetValue == null ? null : addsUp
                ? targetValue.multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(total), IndicatorValues.SCALE, RoundingMode.HALF_EVEN)
                : targetValue;
        BigDecimal progress = null;
        Status status;
        if (targetValue == null) {
            status = Status.NO_TARGET;
        } else if (!actual.isKnown()) {
            status = Status.NO_DATA;
            if (addsUp && expected.signum() > 0) {
                // Nothing reported of a flow that is due counts as nothing done when counties are ranked and summoned:
                // not reporting must not keep a county off the supervision list.
                progress = BigDecimal.ZERO;
            }
        } else {
            progress = progress(actual.value(), expected, ceiling(indicator, comparator));
            status = Status.of(progress);
        }
        BigDecimal judged = actual.isKnown() ? actual.value() : BigDecimal.ZERO;
        boolean missed = progress != null
                && (elapsed == total ? !met(judged, targetValue, comparator, ceiling(indicator, comparator)) : Status.of(progress) == Status.BEHIND);
        return new IndicatorRow(indicator.code(), indicator.nameZh(), indicator.nameEn(), indicator.unit(), indicator.section(),
                scope.code(), targetValue, comparator == null ? null : comparator.name(),
                target.map(t -> t.provenance().name()).orElse(null), actual.value(), percent(actual.value(), targetValue),
                expected, percent(actual.value(), expected), status, null, null,
                actual.latestMonth() == null ? null : actual.latestMonth().toString(), actual.note(), progress, missed);
    }

    /** Flows and yearly counts accumulate over the months, so what is expected by now grows pro rata. */
    private boolean addsUpOverTime(Indicator indicator) {
        if (indicator.aggregation() != Aggregation.SUM_OF_FLOWS && indicator.aggregation() != Aggregation.DISTINCT_COUNT) {
            return false;
        }
        return recipes.measuresOf(indicator.code()).stream()
                .noneMatch(m -> m.kind() == Measure.Kind.STOCK || m.kind() == Measure.Kind.DISTINCT_CUMULATIVE);
    }

    private static boolean ceiling(Indicator indicator, TargetComparator comparator) {
        return comparator == TargetComparator.AT_MOST || indicator.direction() == Direction.LOWER_IS_BETTER;
    }

    private static BigDecimal progress(BigDecimal actual, BigDecimal expected, boolean ceiling) {
        if (expected.signum() == 0) {
            return BigDecimal.ONE;
        }
        if (ceiling) {
            return actual.signum() == 0 ? SCORE_CAP : expected.divide(actual, 4, RoundingMode.HALF_EVEN);
        }
        return actual.divide(expected, 4, RoundingMode.HALF_EVEN);
    }

    private static boolean met(BigDecimal actual, BigDecimal target, TargetComparator comparator, boolean ceiling) {
        if (ceiling) {
            return actual.compareTo(target) <= 0;
        }
        BigDecimal needed = comparator == TargetComparator.ABOUT ? target.multiply(ABOUT_TOLERANCE) : target;
        return actual.compareTo(needed) >= 0;
    }

    private static BigDecimal percent(BigDecimal actual, BigDecimal of) {
        if (actual == null || of == null || of.signum() == 0) {
            return null;
        }
        return actual.multiply(HUNDRED).divide(of, 2, RoundingMode.HALF_EVEN);
    }

    /** Months of the period whose report is due by {@code today} (month end + 8 days). */
    static int elapsedMonths(TargetPeriod period, LocalDate today) {
        int elapsed = 0;
        for (YearMonth month = YearMonth.of(period.firstYear(), 1); month.getYear() <= period.lastYear(); month = month.plusMonths(1)) {
            if (!new ReportingPeriod(month).dueDate().isAfter(today)) {
                elapsed++;
            }
        }
        return elapsed;
    }

    static int totalMonths(TargetPeriod period) {
        return 12 * (period.lastYear() - period.firstYear() + 1);
    }
}
