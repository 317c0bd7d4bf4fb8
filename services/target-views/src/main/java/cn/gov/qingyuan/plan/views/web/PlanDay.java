package cn.gov.qingyuan.plan.views.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The day the views are computed for, which decides what is due: expected-by-now and missing reports. Today on the
 * platform's plan clock (Qingyuan's dates), unless {@code plan.views.today} pins it (a demo or a test of a past
 * moment, e.g. {@code 2015-10-20}).
 */
@Component
class PlanDay {

    private final Clock clock;
    private final LocalDate pinned;

    PlanDay(Clock clock, @Value("${plan.views.today:}") String today) {
        this.clock = clock;
        this.pinned = today.isBlank() ? null : LocalDate.parse(today);
    }

    LocalDate today() {
        return pinned != null ? pinned : LocalDate.now(clock);
    }
}
