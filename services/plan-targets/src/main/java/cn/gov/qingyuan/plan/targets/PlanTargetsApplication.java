package cn.gov.qingyuan.plan.targets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The plan as data: indicators, citywide targets and county allocations issued as events. */
@SpringBootApplication
public class PlanTargetsApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanTargetsApplication.class, args);
    }
}
