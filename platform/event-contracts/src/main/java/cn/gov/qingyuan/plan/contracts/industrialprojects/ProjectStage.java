package cn.gov.qingyuan.plan.contracts.industrialprojects;

/** The stages the plan tracks a project through: negotiation → signed → started → completed / in production. */
public enum ProjectStage {
    NEGOTIATING, SIGNED, CONSTRUCTION_STARTED, COMPLETED, IN_PRODUCTION;

    public boolean isBefore(ProjectStage other) {
        return ordinal() < other.ordinal();
    }
}
