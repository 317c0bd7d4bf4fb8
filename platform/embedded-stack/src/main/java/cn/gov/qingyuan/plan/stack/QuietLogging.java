package cn.gov.qingyuan.plan.stack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Turns the broker's chatter down to WARN without shipping a logback.xml, which would take over the logging of every
 * application that has this jar on its classpath. Loggers that the application configured keep their level.
 *
 * <p>A logging system that configures logback after the stack started wipes levels set in code. Spring Boot does so
 * when a context starts (it stops and resets logback, dropping even reset-resistant listeners), so for Boot the
 * defaults also go in as {@code logging.level.*} system properties, which Boot applies after configuring. A system
 * property outranks application.yml, so to change one of these levels in a Boot test, set the same key through
 * {@code @SpringBootTest(properties = ...)}, or a more specific logger name. Other resets are covered by a listener.
 */
final class QuietLogging {

    /**
     * The broker logs under the Scala package {@code kafka}, {@code state.change.logger} and {@code org.apache.kafka};
     * the last one also covers the clients in the same JVM, whose INFO output (config dumps, rebalances) is just as
     * noisy in tests. The MongoDB stand-in logs every client connection at INFO.
     */
    static final List<String> QUIET_LOGGERS =
            List.of("kafka", "state.change.logger", "org.apache.kafka", "org.apache.zookeeper", "de.bwaldvogel.mongo");

    private QuietLogging() {
    }

    static synchronized void apply() {
        for (String name : QUIET_LOGGERS) {
            System.getProperties().putIfAbsent("logging.level." + name, "WARN");
        }
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another slf4j binding won: its configuration is the application's business
        }
        quietUnconfiguredLoggers(context);
        boolean listening = context.getCopyOfListenerList().stream().anyMatch(ReapplyAfterReset.class::isInstance);
        if (!listening) {
            context.addListener(new ReapplyAfterReset());
        }
    }

    private static void quietUnconfiguredLoggers(LoggerContext context) {
        for (String name : QUIET_LOGGERS) {
            Logger logger = context.getLogger(name);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARN);
            }
        }
    }

    private static final class ReapplyAfterReset implements LoggerContextListener {

        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onReset(LoggerContext context) {
            quietUnconfiguredLoggers(context);
        }

        @Override
        public void onStart(LoggerContext context) {
        }

        @Override
        public void onStop(LoggerContext context) {
        }

        @Override
        public void onLevelChange(Logger logger, Level level) {
        }
    }
}
