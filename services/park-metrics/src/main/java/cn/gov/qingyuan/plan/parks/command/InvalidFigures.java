package cn.gov.qingyuan.plan.parks.command;

import java.util.List;

/**
 * A set of figures no month may carry, whatever was recorded before: none at all, a negative or too large one, or
 * above-scale value added above the park's industrial value added. Bad input rather than a conflict; nothing is written.
 */
public class InvalidFigures extends RuntimeException {

    /** One broken rule: the figure it is about ({@code null} when about the set as a whole) and why. */
    public record Violation(String figure, String reason) {
    }

    private final List<Violation> violations;

    InvalidFigures(List<Violation> violations) {
        super(violations.get(0).figure() == null ? violations.get(0).reason()
                : violations.get(0).figure() + ": " + violations.get(0).reason());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
