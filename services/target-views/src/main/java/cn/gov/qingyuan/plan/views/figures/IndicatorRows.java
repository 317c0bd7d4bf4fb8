package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.Aggregation;
import cn.gov.qingyuan.plan.contracts.targets.Direction;
import cn.gov.qingyuan.plan.contracts.targets.Indicator;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.views.facts.Measure;
import cn.gov.qingyuan.plan.views.facts.Target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One indicator's row for a scope and period (target, actual, expected by now, status), and the counties' ranks. */
record IndicatorRows(IndicatorValues values, Targets targets, Recipes recipes) {

    IndicatorRow row(Indicator indicator, Scope scope, TargetPeriod period, LocalDate today) {
        String code = indicator.code().value();
        Figure actual = values.actual(code, scope, period);
        boolean addsUp = addsUpOverTime(indicator);
        Optional<Target> target = scope.isCity()
                ? targets.city(code, period, addsUp)
                : targets.county(code, period, scope.county(), addsUp);
        BigDecimal targetValue = target.map(Target::value).orElse(null);
        TargetComparator comparator = target.map(Target::comparator).orElse(null);
        boolean ceiling = comparator == TargetComparator.AT_MOST || indicator.direction() == Direction.LOWER_IS_BETTER;
        int elapsed = Progress.elapsedMonths(period, today);
        int total = Progress.totalMonths(period);
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
            progress = Progress.of(actual.value(), expected, ceiling);
            status = Status.of(progress);
        }
        BigDecimal judged = actual.isKnown() ? actual.value() : BigDecimal.ZERO;
        boolean missed = progress != null
                && (elapsed == total ? !Progress.met(judged, targetValue, comparator, ceiling) : Status.of(progress) == Status.BEHIND);
        return new IndicatorRow(code, indicator.chineseName(), indicator.englishName(), indicator.unit(), indicator.planSection(),
                scope.code(), targetValue, comparator == null ? null : comparator.name(),
                target.map(t -> t.provenance().name()).orElse(null), actual.value(), Progress.percent(actual.value(), targetValue),
                expected, Progress.percent(actual.value(), expected), status, null, null,
                actual.latestMonth() == null ? null : actual.latestMonth().toString(), actual.note(), progress, missed);
    }

    /** Every county's row of one indicator, ranked among the counties. */
    Map<County, IndicatorRow> rankedCounties(Indicator indicator, TargetPeriod period, LocalDate today) {
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
            ranked.put(county, key == null ? row.ranked(null, keys.size()) : row.ranked(Progress.competitionRank(key, keys), keys.size()));
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

    /** Flows and yearly counts accumulate over the months, so what is expected by now grows pro rata. */
    private boolean addsUpOverTime(Indicator indicator) {
        if (indicator.aggregation() != Aggregation.SUM_OF_FLOWS && indicator.aggregation() != Aggregation.DISTINCT_COUNT) {
            return false;
        }
        return recipes.measuresOf(indicator.code().value()).stream()
                .noneMatch(m -> m.kind() == Measure.Kind.STOCK || m.kind() == Measure.Kind.DISTINCT_CUMULATIVE);
    }
}
