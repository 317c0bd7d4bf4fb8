package cn.gov.qingyuan.plan.parks.command;

import cn.gov.qingyuan.plan.contracts.RuleViolated;

/** A command that contradicts the recorded history of a park's month or retrofit; nothing is written. */
public class ParkRuleViolated extends RuleViolated {

    ParkRuleViolated(String field, String reason) {
        super(field, reason);
    }
}
