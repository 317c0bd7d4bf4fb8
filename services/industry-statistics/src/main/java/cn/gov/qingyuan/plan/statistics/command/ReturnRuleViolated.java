package cn.gov.qingyuan.plan.statistics.command;

import cn.gov.qingyuan.plan.contracts.RuleViolated;

/** A command that contradicts the return's recorded history; nothing is written. */
public class ReturnRuleViolated extends RuleViolated {

    ReturnRuleViolated(String field, String reason) {
        super(field, reason);
    }
}
