package cn.gov.qingyuan.plan.retrofit.command;

import cn.gov.qingyuan.plan.contracts.RuleViolated;

/** A command that contradicts the retrofit project's recorded history; nothing is written. */
public class RetrofitRuleViolated extends RuleViolated {

    RetrofitRuleViolated(String field, String reason) {
        super(field, reason);
    }
}
