package cn.gov.qingyuan.plan.contracts.industrialprojects;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.SchemaVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Events of an industrial investment project (plan action 4). Money is in 万元 (10,000 CNY), at most two
 * decimals; the plan's targets are in 亿 (100 million CNY = 10,000 万元). Every event names the county so
 * that a consumer can roll it up without having seen the registration first.
 */
public sealed interface IndustrialProjectEvent {

    String projectId();

    County county();

    List<Class<? extends IndustrialProjectEvent>> ALL = List.of(ProjectRegistered.class, ProjectMilestoneReached.class,
            ProjectInvestmentReported.class, ProjectInvestmentCorrected.class);

    /** A department registered a project; it starts in {@link ProjectStage#NEGOTIATING}. */
    @SchemaVersion(1)
    record ProjectRegistered(String projectId, String enterprise, County county, String parkId, String industry,
                             BigDecimal plannedInvestmentWanYuan, boolean advancedManufacturing,
                             boolean highTech) implements IndustrialProjectEvent {
    }

    /** The project reached a stage on a given day. Stages only move forward; a project may skip stages. */
    @SchemaVersion(1)
    record ProjectMilestoneReached(String projectId, County county, ProjectStage stage, LocalDate reachedOn)
            implements IndustrialProjectEvent {
    }

    /**
     * The investment the project completed in one month. One report per project and month; a report after
     * the month's due date ({@link ReportingPeriod#dueDate()}) is accepted and marked late.
     *
     * @param reportedOn the day the report was accepted, in Qingyuan
     * @param late       whether {@code reportedOn} is after the period's due date
     */
    @SchemaVersion(2)
    record ProjectInvestmentReported(String projectId, County county, ReportingPeriod period,
                                     BigDecimal amountWanYuan, LocalDate reportedOn, boolean late) implements IndustrialProjectEvent {
    }

    /**
     * A month's reported investment was corrected. Nothing is overwritten: the original report and every
     * earlier correction stay in the history; views use the latest figure.
     *
     * @param previousAmountWanYuan the figure this correction replaces
     * @param correctsSequence      the aggregate sequence number of the report or correction it replaces
     * @param reason                why, in the reporting unit's words
     */
    @SchemaVersion(1)
    record ProjectInvestmentCorrected(String projectId, County county, ReportingPeriod period, BigDecimal amountWanYuan,
                                      BigDecimal previousAmountWanYuan, long correctsSequence, String reason)
            implements IndustrialProjectEvent {
    }
}
