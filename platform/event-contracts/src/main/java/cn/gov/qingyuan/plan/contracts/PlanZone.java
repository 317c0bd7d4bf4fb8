package cn.gov.qingyuan.plan.contracts;

import java.time.ZoneId;

/** The plan's dates and months are Qingyuan's, whatever a server's zone: every clock of the platform runs in this zone. */
public final class PlanZone {

    public static final ZoneId QINGYUAN = ZoneId.of("Asia/Shanghai");

    private PlanZone() {
    }
}
