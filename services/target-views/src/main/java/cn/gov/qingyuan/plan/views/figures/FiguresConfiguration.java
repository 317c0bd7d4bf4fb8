package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.contracts.targets.Indicators;
import cn.gov.qingyuan.plan.views.facts.FactIndex;
import cn.gov.qingyuan.plan.views.facts.ProjectIndex;
import cn.gov.qingyuan.plan.views.facts.SubmissionIndex;
import cn.gov.qingyuan.plan.views.facts.TargetIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the figures over the facts' indexes. The only Spring class of the package: the figures themselves are plain
 * objects, so tests build them over indexes they fill by hand.
 */
@Configuration(proxyBeanMethods = false)
class FiguresConfiguration {

    @Bean
    Indicators indicators() {
        return Indicators.shipped();
    }

    @Bean
    Parks parks() {
        return Parks.shipped();
    }

    @Bean
    IndicatorViews indicatorViews(Indicators indicators, FactIndex facts, TargetIndex targets,
                                  @Value("${plan.views.bottom-group-size:3}") int bottomGroupSize) {
        return new IndicatorViews(indicators, facts, targets, bottomGroupSize);
    }

    @Bean
    ReportingDiscipline reportingDiscipline(SubmissionIndex submissions, Parks parks) {
        return new ReportingDiscipline(submissions, parks);
    }

    @Bean
    InvestmentFigures investmentFigures(FactIndex facts, ProjectIndex projects, TargetIndex targets) {
        return new InvestmentFigures(facts, projects, new Targets(targets));
    }
}
