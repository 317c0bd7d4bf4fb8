package cn.gov.qingyuan.plan.energy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Clean-production audits, motor efficiency upgrades, energy intensity, online monitoring and emissions (action 6). */
@SpringBootApplication
public class EnergyAuditsApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnergyAuditsApplication.class, args);
    }
}
