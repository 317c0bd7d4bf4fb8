package cn.gov.qingyuan.plan.statistics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Periodic statistical returns by county from the statistics and science bureaus. */
@SpringBootApplication
public class IndustryStatisticsApplication {

    public static void main(String[] args) {
        SpringApplication.run(IndustryStatisticsApplication.class, args);
    }
}
