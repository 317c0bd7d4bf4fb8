package cn.gov.qingyuan.plan.contracts;

/**
 * A command that contradicts what was recorded before (a month already reported, a stage going backwards, a
 * second completion). Aggregates raise it, or a subclass named for their domain, before applying anything, so
 * nothing is written; the APIs answer 409 naming the field.
 */
public class RuleViolated extends RuntimeException {

    private final String field;

    public RuleViolated(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
