package cn.gov.qingyuan.plan.projects.command;

import cn.gov.qingyuan.plan.contracts.RuleViolated;

/** A command that contradicts the project's recorded history; nothing is written. */
public class ProjectRuleViolated extends RuleViolated {

    ProjectRuleViolated(String field, String reason) {
        super(field, reason);
    }
}
