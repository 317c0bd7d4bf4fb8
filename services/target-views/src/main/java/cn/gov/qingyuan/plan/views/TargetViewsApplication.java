package cn.gov.qingyuan.plan.views;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** County and citywide target views, kept in MongoDB from the command services' Kafka topics. */
@SpringBootApplication
public class TargetViewsApplication {

    public static void main(String[] args) {
        SpringApplication.run(TargetViewsApplication.class, args);
    }
}
