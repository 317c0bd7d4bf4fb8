package cn.gov.qingyuan.plan.targets.reference;

import cn.gov.qingyuan.plan.contracts.targets.Indicators;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plan's indicators, read from the platform's shared reference data once, at start-up. */
@Configuration(proxyBeanMethods = false)
class ReferenceData {

    @Bean
    Indicators indicators() {
        return Indicators.shipped();
    }
}
