package cn.gov.qingyuan.plan.views.figures;

import java.math.BigDecimal;

/**
 * How an indicator stands against what is expected by now. Progress is actual ÷ expected (expected ÷ actual for a
 * ceiling); the thresholds are documented in docs/target-views.md and served by the catalogue.
 */
public enum Status {
    AHEAD, ON_TRACK, AT_RISK, BEHIND, NO_TARGET, NO_DATA;

    static final BigDecimal AHEAD_FROM = new BigDecimal("1.05");
    static final BigDecimal ON_TRACK_FROM = new BigDecimal("0.95");
    static final BigDecimal AT_RISK_FROM = new BigDecimal("0.85");

    static Status of(BigDecimal progress) {
        if (progress.compareTo(AHEAD_FROM) >= 0) {
            return AHEAD;
        }
        if (progress.compareTo(ON_TRACK_FROM) >= 0) {
            return ON_TRACK;
        }
        return progress.compareTo(AT_RISK_FROM) >= 0 ? AT_RISK : BEHIND;
    }
}
