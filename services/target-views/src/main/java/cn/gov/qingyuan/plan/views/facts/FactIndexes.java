package cn.gov.qingyuan.plan.views.facts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-memory indexes the figures read, one of each per instance, filled by {@link FactStore}. */
@Configuration(proxyBeanMethods = false)
class FactIndexes {

    @Bean
    FactIndex factIndex() {
        return new FactIndex();
    }

    @Bean
    SubmissionIndex submissionIndex() {
        return new SubmissionIndex();
    }

    @Bean
    TargetIndex targetIndex() {
        return new TargetIndex();
    }

    @Bean
    ProjectIndex projectIndex() {
        return new ProjectIndex();
    }
}
