package cn.gov.qingyuan.plan.statistics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** Periodic statistical returns by county from the statistics and science bureaus. */
@SpringBootApplication
public class IndustryStatisticsApplication {

    public static void main(String[] args) {
        SpringApplication.run(IndustryStatisticsApplication.class, args);
    }

    /** The plan's clock: dates and months are Qingyuan's, whatever the server's zone. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
