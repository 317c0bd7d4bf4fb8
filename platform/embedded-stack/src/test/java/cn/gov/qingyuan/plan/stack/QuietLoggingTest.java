package cn.gov.qingyuan.plan.stack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

class QuietLoggingTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void restoreTestLogging() throws Exception {
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void broker_loggers_stay_at_warn_after_a_spring_boot_application_in_the_same_jvm_configures_logging() {
        QuietLogging.apply();

        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(EmptyApplication.class)
                .web(WebApplicationType.NONE).run()) {
            assertThat(context.getLogger("kafka.server").getEffectiveLevel()).isEqualTo(Level.WARN);
            assertThat(context.getLogger("org.apache.kafka.controller").getEffectiveLevel()).isEqualTo(Level.WARN);
            assertThat(context.getLogger("cn.gov.qingyuan").getEffectiveLevel()).isEqualTo(Level.INFO);
        }
    }

    @Test
    void broker_loggers_stay_at_warn_after_logback_is_reset() {
        QuietLogging.apply();

        context.reset();

        assertThat(context.getLogger("kafka").getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void a_level_the_application_configured_is_kept() {
        context.getLogger("org.apache.kafka").setLevel(Level.INFO);

        QuietLogging.apply();

        assertThat(context.getLogger("org.apache.kafka").getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("kafka").getLevel()).isEqualTo(Level.WARN);
    }

    @Configuration(proxyBeanMethods = false)
    static class EmptyApplication {
    }
}
