package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.commands.RecordFold;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.energy.AuditIndustry;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditAccepted;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditPlanned;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditStarted;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;

import java.time.LocalDate;

/**
 * A clean-production audit as its events make it: the one state rule that {@link CleanProductionAudit} applies when
 * it is loaded and that the audit's state read answers with.
 *
 * @param version the sequence number of its latest event (the ETag)
 */
public record AuditRecord(String auditId, long version, EnterpriseCode enterpriseCode, String enterpriseName, County county,
                          AuditIndustry industry, Stage stage, LocalDate startedOn, LocalDate acceptedOn) implements CountyRecord {

    public enum Stage { PLANNED, STARTED, ACCEPTED }

    public static final RecordFold<CleanProductionAuditEvent, AuditRecord> FOLD = AuditRecord::next;

    private static AuditRecord next(AuditRecord audit, CleanProductionAuditEvent event, long sequence) {
        if (event instanceof CleanProductionAuditPlanned planned) {
            return new AuditRecord(planned.auditId(), sequence, planned.enterpriseCode(), planned.enterpriseName(), planned.county(),
                    planned.industry(), Stage.PLANNED, null, null);
        }
        if (event instanceof CleanProductionAuditStarted started) {
            return new AuditRecord(audit.auditId, sequence, audit.enterpriseCode, audit.enterpriseName, audit.county, audit.industry,
                    Stage.STARTED, started.startedOn(), null);
        }
        CleanProductionAuditAccepted accepted = (CleanProductionAuditAccepted) event;
        return new AuditRecord(audit.auditId, sequence, audit.enterpriseCode, audit.enterpriseName, audit.county, audit.industry,
                Stage.ACCEPTED, audit.startedOn, accepted.acceptedOn());
    }
}
