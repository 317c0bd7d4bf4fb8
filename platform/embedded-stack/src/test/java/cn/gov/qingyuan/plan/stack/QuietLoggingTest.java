package cn.gov.qingyuan.plan.stack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

class QuietLoggingTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void restoreTestLogging() throws Exception {
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void broker_loggers_stay_at_warn_after_spring_boot_reconfigures_logback() {
        QuietLogging.apply();

        // What a Spring Boot application (or test context) in the same JVM does when it starts after the stack.
        LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());
        loggingSystem.beforeInitialize();
        loggingSystem.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);

        assertThat(context.getLogger("kafka").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.apache.kafka.controller").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("cn.gov.qingyuan").getEffectiveLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void a_level_the_application_configured_is_kept() {
        context.getLogger("org.apache.kafka").setLevel(Level.INFO);

        QuietLogging.apply();

        assertThat(context.getLogger("org.apache.kafka").getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("kafka").getLevel()).isEqualTo(Level.WARN);
    }
}
