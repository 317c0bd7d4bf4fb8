package cn.gov.qingyuan.plan.energy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** Clean-production audits, motor efficiency upgrades, energy intensity, online monitoring and emissions (action 6). */
@SpringBootApplication
public class EnergyAuditsApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnergyAuditsApplication.class, args);
    }

    /** The plan's clock: dates and months are Qingyuan's, whatever the server's zone. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
