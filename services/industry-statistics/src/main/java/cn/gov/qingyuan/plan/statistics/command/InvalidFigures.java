package cn.gov.qingyuan.plan.statistics.command;

import java.util.List;

/**
 * A set of figures no return may carry, whatever was recorded before: none at all, a negative one, or a part
 * larger than its whole. Bad input rather than a conflict; nothing is written.
 */
public class InvalidFigures extends RuntimeException {

    /** One broken rule: the figure it is about ({@code null} when about the set as a whole) and why. */
    public record Violation(String figure, String reason) {
    }

    private final List<Violation> violations;

    InvalidFigures(List<Violation> violations) {
        super(describe(violations.get(0)));
        this.violations = List.copyOf(violations);
    }

    private static String describe(Violation violation) {
        return violation.figure() == null ? violation.reason() : violation.figure() + ": " + violation.reason();
    }

    public List<Violation> violations() {
        return violations;
    }
}
