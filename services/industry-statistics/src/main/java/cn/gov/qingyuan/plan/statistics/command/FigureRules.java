package cn.gov.qingyuan.plan.statistics.command;

import cn.gov.qingyuan.plan.contracts.InvalidFigures;
import cn.gov.qingyuan.plan.contracts.InvalidFigures.Violation;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalFigures;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every set of figures obeys, on its own: at least one figure, none negative, and no part larger than its
 * whole. Parts are only compared when both figures are reported (a return may carry the part alone). Advanced and
 * high-tech manufacturing overlap in the bureaus' classifications, so their sum is deliberately not bounded.
 */
final class FigureRules {

    private FigureRules() {
    }

    static void check(StatisticalFigures figures) {
        Map<String, BigDecimal> reported = reported(figures);
        List<Violation> violations = new ArrayList<>();
        if (reported.isEmpty()) {
            violations.add(new Violation(null, "a return reports at least one figure; none of " + String.join(", ", names()) + " was given"));
        }
        reported.forEach((name, value) -> {
            if (value.signum() < 0) {
                violations.add(new Violation(name, "must not be negative"));
            }
        });
        partOf(violations, reported, "advancedManufacturingValueAddedWanYuan", "aboveScaleValueAddedWanYuan",
                "advanced manufacturing is part of above-scale industry");
        partOf(violations, reported, "highTechValueAddedWanYuan", "aboveScaleValueAddedWanYuan",
                "high-tech manufacturing is part of above-scale industry");
        partOf(violations, reported, "aboveScaleValueAddedWanYuan", "industrialValueAddedWanYuan",
                "above-scale industry is part of all industry");
        partOf(violations, reported, "enterprisesWithRdInstitution", "aboveScaleEnterprises",
                "the share is counted among above-scale enterprises");
        partOf(violations, reported, "enterprisesOver1BillionRevenue", "aboveScaleEnterprises",
                "an enterprise with revenue over 1 billion CNY is above scale");
        if (!violations.isEmpty()) {
            throw new InvalidFigures(violations);
        }
    }

    /** Whether two sets report the same figures, whatever their scale ({@code 10} and {@code 10.00} are the same). */
    static boolean same(StatisticalFigures a, StatisticalFigures b) {
        Map<String, BigDecimal> left = reported(a);
        Map<String, BigDecimal> right = reported(b);
        return left.keySet().equals(right.keySet())
                && left.entrySet().stream().allMatch(e -> e.getValue().compareTo(right.get(e.getKey())) == 0);
    }

    private static void partOf(List<Violation> violations, Map<String, BigDecimal> reported, String part, String whole, String why) {
        BigDecimal partValue = reported.get(part);
        BigDecimal wholeValue = reported.get(whole);
        if (partValue != null && wholeValue != null && partValue.compareTo(wholeValue) > 0) {
            violations.add(new Violation(part, "must not exceed " + whole + " (" + wholeValue.toPlainString() + "): " + why));
        }
    }

    /**
     * The reported figures by name, in the contract's order. Read from the record's components so that a figure
     * added to the contract is covered by the rules above (at least one, none negative) without further code.
     */
    private static Map<String, BigDecimal> reported(StatisticalFigures figures) {
        Map<String, BigDecimal> reported = new LinkedHashMap<>();
        if (figures == null) {
            return reported;
        }
        for (RecordComponent component : StatisticalFigures.class.getRecordComponents()) {
            Object value = valueOf(component, figures);
            if (value != null) {
                reported.put(component.getName(), new BigDecimal(value.toString()));
            }
        }
        return reported;
    }

    private static List<String> names() {
        return Arrays.stream(StatisticalFigures.class.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toList());
    }

    private static Object valueOf(RecordComponent component, StatisticalFigures figures) {
        try {
            return component.getAccessor().invoke(figures);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
