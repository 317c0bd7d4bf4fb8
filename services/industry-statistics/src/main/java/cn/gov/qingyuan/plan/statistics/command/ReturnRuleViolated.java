package cn.gov.qingyuan.plan.statistics.command;

/** A command that contradicts the return's recorded history; nothing is written. */
public class ReturnRuleViolated extends RuntimeException {

    private final String field;

    ReturnRuleViolated(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
