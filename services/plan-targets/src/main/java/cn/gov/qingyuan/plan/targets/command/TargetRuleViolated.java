package cn.gov.qingyuan.plan.targets.command;

/** A command that contradicts the plan's rules or the indicator's recorded targets; nothing is written. */
public class TargetRuleViolated extends RuntimeException {

    private final String field;

    TargetRuleViolated(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
