package cn.gov.qingyuan.plan.views.indicators;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today in Qingyuan, which decides what is due: expected-by-now and missing reports. {@code plan.views.today}
 * pins it (a demo or a test of a past moment, e.g. {@code 2015-10-20}).
 */
@Component
public class PlanClock {

    private static final ZoneId QINGYUAN = ZoneId.of("Asia/Shanghai");

    private final LocalDate pinned;

    PlanClock(@Value("${plan.views.today:}") String today) {
        this.pinned = today.isBlank() ? null : LocalDate.parse(today);
    }

    public LocalDate today() {
        return pinned != null ? pinned : LocalDate.now(QINGYUAN);
    }
}
