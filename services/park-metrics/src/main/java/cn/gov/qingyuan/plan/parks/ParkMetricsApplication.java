package cn.gov.qingyuan.plan.parks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Parks and zones, and their monthly figures: fixed-asset investment, value added, above-scale value added. */
@SpringBootApplication
public class ParkMetricsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParkMetricsApplication.class, args);
    }
}
