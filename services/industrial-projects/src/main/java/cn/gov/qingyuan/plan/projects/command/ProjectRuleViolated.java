package cn.gov.qingyuan.plan.projects.command;

/** A command that contradicts the project's recorded history; nothing is written. */
public class ProjectRuleViolated extends RuntimeException {

    private final String field;

    ProjectRuleViolated(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
