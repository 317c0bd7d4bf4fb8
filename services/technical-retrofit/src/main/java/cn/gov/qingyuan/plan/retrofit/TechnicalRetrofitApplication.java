package cn.gov.qingyuan.plan.retrofit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Technical retrofit projects: enterprises' retrofits, their monthly investment and completion. */
@SpringBootApplication
public class TechnicalRetrofitApplication {

    public static void main(String[] args) {
        SpringApplication.run(TechnicalRetrofitApplication.class, args);
    }
}
