package cn.gov.qingyuan.plan.retrofit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** Technical retrofit projects: enterprises' retrofits, their monthly investment and completion. */
@SpringBootApplication
public class TechnicalRetrofitApplication {

    public static void main(String[] args) {
        SpringApplication.run(TechnicalRetrofitApplication.class, args);
    }

    /** The plan's clock: dates and months are Qingyuan's, whatever the server's zone. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
