package cn.gov.qingyuan.plan.contracts.energy;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.SchemaVersion;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Events of an enterprise's motor energy-efficiency upgrade project (电机能效提升, plan action 6). Capacity is in kW;
 * the plan's targets are in 万kW (32 / 1 / 1, 34 in all; 1 万kW = 10,000 kW) and count the capacity upgraded in the
 * year of {@code completedOn}.
 */
public sealed interface MotorUpgradeEvent {

    String upgradeId();

    County county();

    EnterpriseCode enterpriseCode();

    List<Class<? extends MotorUpgradeEvent>> ALL = List.of(MotorUpgradeRegistered.class, MotorUpgradeCompleted.class);

    /** A department registered an enterprise's motor upgrade project. */
    @SchemaVersion(1)
    record MotorUpgradeRegistered(String upgradeId, EnterpriseCode enterpriseCode, String enterpriseName, County county)
            implements MotorUpgradeEvent {
    }

    /** The upgrade was completed; a project completes once. {@code capacityKw} &gt; 0 is the motor capacity upgraded. */
    @SchemaVersion(1)
    record MotorUpgradeCompleted(String upgradeId, County county, EnterpriseCode enterpriseCode, LocalDate completedOn,
                                 BigDecimal capacityKw) implements MotorUpgradeEvent {
    }
}
