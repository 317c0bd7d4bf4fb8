package cn.gov.qingyuan.plan.views.history;

import cn.gov.qingyuan.plan.contracts.PlanZone;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The day the views are computed for, which decides what is due: expected-by-now and missing reports. Today on the
 * platform's plan clock (Qingyuan's dates), unless {@code plan.views.today} pins it (a demo or a test of a past
 * moment, e.g. {@code 2015-10-20}); for a view as it stood at a past instant, that instant's day.
 */
@Component
public class PlanDay {

    private final Clock clock;
    private final LocalDate pinned;

    PlanDay(Clock clock, @Value("${plan.views.today:}") String today) {
        this.clock = clock;
        this.pinned = today.isBlank() ? null : LocalDate.parse(today);
    }

    public LocalDate today() {
        return pinned != null ? pinned : LocalDate.now(clock);
    }

    /** The day the views showed at {@code instant}: the pinned day if one is set, else that instant's day in Qingyuan. */
    public LocalDate on(Instant instant) {
        return pinned != null ? pinned : LocalDate.ofInstant(instant, PlanZone.QINGYUAN);
    }

    public Instant now() {
        return clock.instant();
    }
}
