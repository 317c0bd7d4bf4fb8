package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.commands.RecordFold;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeCompleted;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeRegistered;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A motor upgrade as its events make it, for {@link MotorUpgrade} and the upgrade's state read alike.
 *
 * @param completedOn null until it completes, like {@code capacityKw}
 */
public record UpgradeRecord(String upgradeId, long version, EnterpriseCode enterpriseCode, String enterpriseName, County county,
                            LocalDate completedOn, BigDecimal capacityKw) implements CountyRecord {

    public static final RecordFold<MotorUpgradeEvent, UpgradeRecord> FOLD = UpgradeRecord::next;

    private static UpgradeRecord next(UpgradeRecord upgrade, MotorUpgradeEvent event, long sequence) {
        if (event instanceof MotorUpgradeRegistered registered) {
            return new UpgradeRecord(registered.upgradeId(), sequence, registered.enterpriseCode(), registered.enterpriseName(),
                    registered.county(), null, null);
        }
        MotorUpgradeCompleted completed = (MotorUpgradeCompleted) event;
        return new UpgradeRecord(upgrade.upgradeId, sequence, upgrade.enterpriseCode, upgrade.enterpriseName, upgrade.county,
                completed.completedOn(), completed.capacityKw());
    }
}
