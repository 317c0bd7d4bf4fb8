package cn.gov.qingyuan.plan.retrofit.command;

/** A command that contradicts the retrofit project's recorded history; nothing is written. */
public class RetrofitRuleViolated extends RuntimeException {

    private final String field;

    RetrofitRuleViolated(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
