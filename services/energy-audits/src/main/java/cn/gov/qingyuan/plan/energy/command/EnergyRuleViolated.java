package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.RuleViolated;

/** A command that contradicts the recorded history (out of order, twice, a date going back); nothing is written. */
public class EnergyRuleViolated extends RuleViolated {

    EnergyRuleViolated(String field, String reason) {
        super(field, reason);
    }
}
