package cn.gov.qingyuan.plan.parks.command;

/** A command that contradicts the recorded history of a park's month or retrofit; nothing is written. */
public class ParkRuleViolated extends RuntimeException {

    private final String field;

    ParkRuleViolated(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
