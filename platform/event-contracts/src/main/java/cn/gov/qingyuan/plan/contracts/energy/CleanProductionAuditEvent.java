package cn.gov.qingyuan.plan.contracts.energy;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.SchemaVersion;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;

import java.time.LocalDate;
import java.util.List;

/**
 * Events of an enterprise's clean-production audit (清洁生产审核, plan action 6): planned, started, passed acceptance,
 * in this order and each once. The plan counts enterprises completing an audit per year (147 / 20 / 20, 187 in
 * all): an enterprise counts in the year of {@code acceptedOn}. Every event names the county and the enterprise, so
 * a consumer can count distinct enterprises per county and year without having seen the plan.
 */
public sealed interface CleanProductionAuditEvent {

    String auditId();

    County county();

    EnterpriseCode enterpriseCode();

    List<Class<? extends CleanProductionAuditEvent>> ALL = List.of(CleanProductionAuditPlanned.class,
            CleanProductionAuditStarted.class, CleanProductionAuditAccepted.class);

    /** A department planned an enterprise's clean-production audit. */
    @SchemaVersion(1)
    record CleanProductionAuditPlanned(String auditId, EnterpriseCode enterpriseCode, String enterpriseName, County county,
                                       AuditIndustry industry) implements CleanProductionAuditEvent {
    }

    /** The audit started; not in the future. */
    @SchemaVersion(1)
    record CleanProductionAuditStarted(String auditId, County county, EnterpriseCode enterpriseCode, LocalDate startedOn)
            implements CleanProductionAuditEvent {
    }

    /**
     * The audit passed acceptance (验收); not before it started. Repeats the industry so that a counting projection
     * needs only this event.
     */
    @SchemaVersion(1)
    record CleanProductionAuditAccepted(String auditId, County county, EnterpriseCode enterpriseCode, AuditIndustry industry,
                                        LocalDate acceptedOn) implements CleanProductionAuditEvent {
    }
}
