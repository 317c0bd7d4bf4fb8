package cn.gov.qingyuan.plan.projects;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** Industrial projects (plan action 4): projects, their stage milestones and their monthly investment. */
@SpringBootApplication
public class IndustrialProjectsApplication {

    /** The plan's clock: dates and months are Qingyuan's, whatever the server's zone. */
    static final ZoneId PLAN_ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) {
        SpringApplication.run(IndustrialProjectsApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(PLAN_ZONE);
    }
}
