package cn.gov.qingyuan.plan.contracts;

/** The Kafka topics each command service publishes to, one per service, keyed by aggregate id. */
public final class Topics {

    public static final String INDUSTRIAL_PROJECTS = "plan.industrial-projects.events";

    private Topics() {
    }
}
