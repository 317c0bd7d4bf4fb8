package cn.gov.qingyuan.plan.views.figures;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An indicator's actual figure for a scope and period.
 *
 * @param value       null when nothing was reported, or it cannot be computed (then {@code note} says why)
 * @param latestMonth the latest month a fact behind it is about, null when none
 */
record Figure(BigDecimal value, YearMonth latestMonth, String note) {

    static Figure of(BigDecimal value, YearMonth latestMonth) {
        return new Figure(value, latestMonth, null);
    }

    static Figure unavailable(String note) {
        return new Figure(null, null, note);
    }

    boolean isKnown() {
        return value != null;
    }

    static YearMonth later(YearMonth a, YearMonth b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
