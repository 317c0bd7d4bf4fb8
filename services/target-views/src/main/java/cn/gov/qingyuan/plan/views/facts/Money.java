package cn.gov.qingyuan.plan.views.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in the read model is a whole number of yuan: events carry 万元 with at most two decimals, which is
 * always a whole number of yuan, so sums are exact. Views show 亿 (the plan's unit, six decimals: exact to the 100 yuan) and 万元 (the reports').
 */
public final class Money {

    private Money() {
    }

    public static long yuan(BigDecimal wanYuan) {
        return wanYuan.movePointRight(4).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    public static BigDecimal wanYuan(long yuan) {
        return BigDecimal.valueOf(yuan).movePointLeft(4).setScale(2, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal yi(long yuan) {
        return BigDecimal.valueOf(yuan).movePointLeft(8).setScale(6, RoundingMode.HALF_EVEN);
    }
}
