package cn.gov.qingyuan.plan.views.readmodel;

import cn.gov.qingyuan.plan.projection.Projection;
import cn.gov.qingyuan.plan.projection.ProjectionProperties;
import cn.gov.qingyuan.plan.views.facts.FactChanges;
import cn.gov.qingyuan.plan.views.facts.FactGeneration;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the active read-model generation at start-up: its facts are loaded, and its group consumes the topics. */
@Configuration(proxyBeanMethods = false)
class ReadModelConfiguration {

    static final String FACTS_PROJECTION = "indicator-facts";

    @Bean
    Generations generations(MongoDatabase readModelDatabase, ProjectionProperties properties) {
        return new Generations(readModelDatabase, properties.consumerGroup() + "." + FACTS_PROJECTION);
    }

    @Bean
    FactGeneration liveFacts(MongoClient mongo, Generations generations, FactChanges readersChanges) {
        Generation active = generations.active();
        return FactGeneration.open(mongo.getDatabase(active.database()), active.consumerGroup(), readersChanges);
    }

    /** The active generation's projection, which the projection kit consumes with the generation's group. */
    @Bean
    Projection indicatorFactsProjection(FactGeneration liveFacts) {
        return liveFacts.projection();
    }
}
