package cn.gov.qingyuan.plan.targets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** The plan as data: indicators, citywide targets and county allocations issued as events. */
@SpringBootApplication
public class PlanTargetsApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanTargetsApplication.class, args);
    }

    /** The plan's clock: dates and months are Qingyuan's, whatever the server's zone. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
