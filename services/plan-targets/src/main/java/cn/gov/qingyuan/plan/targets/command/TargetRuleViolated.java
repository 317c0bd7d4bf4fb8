package cn.gov.qingyuan.plan.targets.command;

import cn.gov.qingyuan.plan.contracts.RuleViolated;

/** A command that contradicts the plan's rules or the indicator's recorded targets; nothing is written. */
public class TargetRuleViolated extends RuleViolated {

    TargetRuleViolated(String field, String reason) {
        super(field, reason);
    }
}
