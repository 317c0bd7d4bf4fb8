package cn.gov.qingyuan.plan.views.facts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The current knowledge the live views read, one per instance, filled by {@link FactStore}. */
@Configuration(proxyBeanMethods = false)
class FactIndexes {

    @Bean
    Knowledge knowledge() {
        return Knowledge.empty();
    }
}
