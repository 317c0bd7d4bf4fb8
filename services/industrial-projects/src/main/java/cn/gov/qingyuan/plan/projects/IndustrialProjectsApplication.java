package cn.gov.qingyuan.plan.projects;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Industrial projects (plan action 4): projects, their stage milestones and their monthly investment. */
@SpringBootApplication
public class IndustrialProjectsApplication {

    public static void main(String[] args) {
        SpringApplication.run(IndustrialProjectsApplication.class, args);
    }
}
