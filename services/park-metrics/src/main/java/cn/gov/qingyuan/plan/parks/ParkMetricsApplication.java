package cn.gov.qingyuan.plan.parks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** Parks and zones, and their monthly figures: fixed-asset investment, value added, above-scale value added. */
@SpringBootApplication
public class ParkMetricsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParkMetricsApplication.class, args);
    }

    /** The plan's clock: dates and months are Qingyuan's, whatever the server's zone. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
