package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** How progress against a target is judged (docs/target-views.md): what is due by a day, progress, met, rank. */
final class Progress {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Progress beyond 150 % counts as 150 %, so one indicator far ahead cannot hide the others. */
    static final BigDecimal SCORE_CAP = new BigDecimal("1.5");
    private static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.95");

    private Progress() {
    }

    /** Actual ÷ expected; for a ceiling expected ÷ actual (capped when nothing was emitted at all). */
    static BigDecimal of(BigDecimal actual, BigDecimal expected, boolean ceiling) {
        if (expected.signum() == 0) {
            return BigDecimal.ONE;
        }
        if (ceiling) {
            return actual.signum() == 0 ? SCORE_CAP : expected.divide(actual, 4, RoundingMode.HALF_EVEN);
        }
        return actual.divide(expected, 4, RoundingMode.HALF_EVEN);
    }

    /** Whether a finished period met its target; "about" a figure allows 5 % short of it. */
    static boolean met(BigDecimal actual, BigDecimal target, TargetComparator comparator, boolean ceiling) {
        if (ceiling) {
            return actual.compareTo(target) <= 0;
        }
        BigDecimal needed = comparator == TargetComparator.ABOUT ? target.multiply(ABOUT_TOLERANCE) : target;
        return actual.compareTo(needed) >= 0;
    }

    static BigDecimal percent(BigDecimal actual, BigDecimal of) {
        if (actual == null || of == null || of.signum() == 0) {
            return null;
        }
        return actual.multiply(HUNDRED).divide(of, 2, RoundingMode.HALF_EVEN);
    }

    /** 1 + how many are strictly better: ties share a rank ("1224"). */
    static int competitionRank(BigDecimal key, List<BigDecimal> all) {
        return 1 + (int) all.stream().filter(other -> other.compareTo(key) > 0).count();
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
