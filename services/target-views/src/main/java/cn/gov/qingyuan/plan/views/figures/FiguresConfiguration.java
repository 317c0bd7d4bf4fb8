package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.contracts.targets.Indicators;
import cn.gov.qingyuan.plan.views.facts.FactGeneration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the figures over the current knowledge. The only Spring class of the package: the figures themselves are plain
 * objects, so tests build them over indexes they fill by hand, and the audit builds them over replays.
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
    FigureRules figureRules(Indicators indicators, Parks parks, @Value("${plan.views.bottom-group-size:3}") int bottomGroupSize) {
        return new FigureRules(indicators, parks, bottomGroupSize);
    }

    /** The live views, over the generation the service opened at start-up until readers are switched to a rebuilt one. */
    @Bean
    LiveFigures liveFigures(FigureRules rules, FactGeneration live) {
        return new LiveFigures(rules, live.knowledge());
    }
}
