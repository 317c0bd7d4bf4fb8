package cn.gov.qingyuan.plan.contracts;

/** The Kafka topics each command service publishes to, one per service, keyed by aggregate id; and the chain heads. */
public final class Topics {

    public static final String INDUSTRIAL_PROJECTS = "plan.industrial-projects.events";
    public static final String TECHNICAL_RETROFIT = "plan.technical-retrofit.events";
    public static final String INDUSTRY_STATISTICS = "plan.industry-statistics.events";
    public static final String PLAN_TARGETS = "plan.plan-targets.events";
    public static final String PARK_METRICS = "plan.park-metrics.events";
    public static final String ENERGY_AUDITS = "plan.energy-audits.events";

    /** Every command service's chain head ({@link ChainHead}), published periodically, keyed by service: not an event topic. */
    public static final String CHAIN_HEADS = "plan.audit.chain-heads";

    private Topics() {
    }
}
