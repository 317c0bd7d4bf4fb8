package cn.gov.qingyuan.plan.http;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Path and query parameters read as the contracts' own types, with the contracts' own error messages. */
class ContractConverters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, County.class, County::fromCode);
        registry.addConverter(String.class, ReportingPeriod.class, ReportingPeriod::parse);
    }
}
