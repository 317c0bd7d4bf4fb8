package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.contracts.Parks;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * The command kit of every command service: the submission path ({@link CommandSubmissions}), the reads of
 * every {@link RecordKind} a controller declared, idempotency keys with their retention, the plan's calendar, and the
 * refusals of the write side as problem+json.
 */
@AutoConfiguration(afterName = {"cn.gov.qingyuan.plan.eventing.EventingAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@Import({CommandConflictsAdvice.class, IntegrityController.class})
public class CommandKitAutoConfiguration {

    /** The parks and zones submissions are checked against (reference data shared by every service). */
    @Bean
    @ConditionalOnMissingBean
    Parks parks() {
        return Parks.shipped();
    }

    @Bean
    @ConditionalOnMissingBean
    PlanCalendar planCalendar(Clock clock, @Value("${plan.first-period:2015-01}") String first,
                              @Value("${plan.last-period:2017-12}") String last) {
        return new PlanCalendar(clock, first, last);
    }

    /** After the event store's schema exists: the keys live in the same schema, written in the same transactions. */
    @Bean
    @DependsOn("eventStoreSchema")
    IdempotentRequests idempotentRequests(DataSource dataSource, PlatformTransactionManager transactionManager, ObjectMapper objectMapper,
                                          Environment environment) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        IdempotentRequests requests = new IdempotentRequests(jdbc, new TransactionTemplate(transactionManager), objectMapper);
        String schema = environment.getProperty("spring.datasource.hikari.schema");
        requests.createTable(schema == null || schema.isBlank() ? jdbc.queryForObject("select current_schema()", String.class) : schema);
        return requests;
    }

    @Bean
    IdempotencyKeyPurge idempotencyKeyPurge(IdempotentRequests requests,
                                            @Value("${plan.idempotency.retention:P30D}") Duration retention,
                                            @Value("${plan.idempotency.purge-interval:PT1H}") Duration interval) {
        return new IdempotencyKeyPurge(requests, retention, interval);
    }

    @Bean
    Records records(EventStore eventStore) {
        return new Records(eventStore);
    }

    @Bean
    CommandSubmissions commandSubmissions(CommandGateway commands, IdempotentRequests idempotency, Records records, PlanCalendar calendar,
                                          Clock clock) {
        return new CommandSubmissions(commands, idempotency, records, calendar, clock);
    }

    @Bean
    RecordRoutes recordRoutes(CommandSubmissions submissions, Records records,
                              @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        return new RecordRoutes(submissions, records, mappings);
    }
}
