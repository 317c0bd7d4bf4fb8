package cn.gov.qingyuan.plan.energy.command;

/** A command that contradicts the recorded history (out of order, twice, a date going back); nothing is written. */
public class EnergyRuleViolated extends RuntimeException {

    private final String field;

    EnergyRuleViolated(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
