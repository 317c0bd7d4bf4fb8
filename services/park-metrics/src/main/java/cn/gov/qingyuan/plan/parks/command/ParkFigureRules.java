package cn.gov.qingyuan.plan.parks.command;

import cn.gov.qingyuan.plan.contracts.parks.ParkFigures;
import cn.gov.qingyuan.plan.contracts.InvalidFigures;
import cn.gov.qingyuan.plan.contracts.InvalidFigures.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every set of park figures obeys, on its own: at least one figure, none negative, none above 1,000 亿, and
 * above-scale value added no larger than the park's industrial value added when both are reported. The API checks
 * the same bounds first; the aggregate does not rely on it.
 */
final class ParkFigureRules {

    /** 1,000 亿: far above the plan's 2017 target for all parks together (171 亿 of industrial value added). */
    static final BigDecimal MAX_WAN_YUAN = new BigDecimal("10000000");

    private ParkFigureRules() {
    }

    static void check(ParkFigures figures) {
        Map<String, BigDecimal> reported = reported(figures);
        List<Violation> violations = new ArrayList<>();
        if (reported.isEmpty()) {
            violations.add(new Violation(null, "a month reports at least one figure; none of fixedAssetInvestmentInIndustrialProjectsWanYuan, "
                    + "industrialValueAddedWanYuan, aboveScaleValueAddedWanYuan was given"));
        }
        reported.forEach((name, value) -> {
            if (value.signum() < 0) {
                violations.add(new Violation(name, "must not be negative"));
            } else if (value.compareTo(MAX_WAN_YUAN) > 0) {
                violations.add(new Violation(name, "must not exceed 10000000 万元 (1,000 亿)"));
            }
        });
        BigDecimal aboveScale = reported.get("aboveScaleValueAddedWanYuan");
        BigDecimal industrial = reported.get("industrialValueAddedWanYuan");
        if (aboveScale != null && industrial != null && aboveScale.compareTo(industrial) > 0) {
            violations.add(new Violation("aboveScaleValueAddedWanYuan", "must not exceed industrialValueAddedWanYuan ("
                    + industrial.toPlainString() + "): above-scale industry is part of all industry"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFigures(violations);
        }
    }

    /** Whether two sets report the same figures, whatever their scale ({@code 10} and {@code 10.00} are the same). */
    static boolean same(ParkFigures a, ParkFigures b) {
        Map<String, BigDecimal> left = reported(a);
        Map<String, BigDecimal> right = reported(b);
        return left.keySet().equals(right.keySet())
                && left.entrySet().stream().allMatch(e -> e.getValue().compareTo(right.get(e.getKey())) == 0);
    }

    private static Map<String, BigDecimal> reported(ParkFigures figures) {
        Map<String, BigDecimal> reported = new LinkedHashMap<>();
        if (figures != null) {
            put(reported, "fixedAssetInvestmentInIndustrialProjectsWanYuan", figures.fixedAssetInvestmentInIndustrialProjectsWanYuan());
            put(reported, "industrialValueAddedWanYuan", figures.industrialValueAddedWanYuan());
            put(reported, "aboveScaleValueAddedWanYuan", figures.aboveScaleValueAddedWanYuan());
        }
        return reported;
    }

    private static void put(Map<String, BigDecimal> reported, String name, BigDecimal value) {
        if (value != null) {
            reported.put(name, value);
        }
    }
}
