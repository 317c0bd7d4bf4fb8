package cn.gov.qingyuan.plan.contracts;

import java.util.List;

/**
 * A set of figures no record may carry, whatever was recorded before: none at all, a negative or too large one, a
 * part larger than its whole. Aggregates raise it before applying anything; bad input rather than a conflict, so
 * the APIs answer 400 naming each figure, and nothing is written.
 */
public class InvalidFigures extends RuntimeException {

    /** One broken rule: the figure it is about ({@code null} when about the set as a whole) and why. */
    public record Violation(String figure, String reason) {
    }

    private final List<Violation> violations;

    public InvalidFigures(List<Violation> violations) {
        super(describe(violations.get(0)));
        this.violations = List.copyOf(violations);
    }

    public InvalidFigures(String figure, String reason) {
        this(List.of(new Violation(figure, reason)));
    }

    private static String describe(Violation violation) {
        return violation.figure() == null ? violation.reason() : violation.figure() + ": " + violation.reason();
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The same refusal with each figure named as a request names it when the figures sit in its field {@code field}. */
    public InvalidFigures within(String field) {
        return new InvalidFigures(violations.stream()
                .map(v -> new Violation(v.figure() == null ? field : field + "." + v.figure(), v.reason())).toList());
    }
}
