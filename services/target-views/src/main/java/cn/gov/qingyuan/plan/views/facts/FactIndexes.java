package cn.gov.qingyuan.plan.views.facts;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The in-memory indexes the figures read, one of each per instance, filled by {@link FactStore}. */
@Configuration(proxyBeanMethods = false)
@Import({FactIndex.class, SubmissionIndex.class, TargetIndex.class, ProjectIndex.class})
class FactIndexes {
}
