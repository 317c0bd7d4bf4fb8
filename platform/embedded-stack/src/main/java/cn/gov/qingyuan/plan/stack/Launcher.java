package cn.gov.qingyuan.plan.stack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code make run}'s infrastructure: the persistent stack on its fixed ports until Ctrl+C. Public only because the
 * launcher of the executable jar must reach it.
 *
 * <p>Usage: {@code java -jar embedded-stack-<version>-exec.jar [data-directory]}, the data directory defaulting to
 * {@code .data/embedded-stack} under the working directory.
 */
public final class Launcher {

    private static final String DEFAULT_DATA_DIRECTORY = ".data/embedded-stack";

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Before the first logger exists: this jar ships no logback.xml, so that it never configures its users' logging.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-embedded-stack.xml");
        }
        Logger log = LoggerFactory.getLogger(Launcher.class);
        Path dataDirectory = Path.of(args.length > 0 ? args[0] : DEFAULT_DATA_DIRECTORY);
        // start() registers a shutdown hook that closes the stack when the JVM is stopped (Ctrl+C, SIGTERM).
        EmbeddedStack stack = EmbeddedStack.start(StackOptions.persistent(dataDirectory));
        try {
            log.info("Kafka      {}", stack.kafkaBootstrapServers());
            log.info("PostgreSQL {} (user {}, password {})", stack.postgresUrl(), stack.postgresUser(), stack.postgresPassword());
            log.info("MongoDB    {}", stack.mongoUri());
        } catch (IllegalStateException stoppedWhileStarting) {
            return; // Ctrl+C came during the start: the shutdown hook has closed the stack already
        }
        log.info("Press Ctrl+C to stop");
        new CountDownLatch(1).await();
    }
}
