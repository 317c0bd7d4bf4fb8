package cn.gov.qingyuan.plan.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process equivalent of {@code kafka-storage.sh format}: a KRaft node refuses to start on an unformatted log
 * directory. Formatting happens once; afterwards the directory's meta.properties (and so its cluster id) is reused,
 * which is what lets topics and offsets survive restarts.
 */
final class KafkaStorage {

    private static final Logger log = LoggerFactory.getLogger(KafkaStorage.class);

    private KafkaStorage() {
    }

    static void formatIfNeeded(Path logDir, int nodeId, String controllerListenerName) {
        // The formatter writes meta.properties after the bootstrap checkpoint, so its presence means a finished format.
        Path metaProperties = logDir.resolve("meta.properties");
        if (Files.exists(metaProperties)) {
            log.debug("Kafka storage {} already formatted for cluster {}", logDir, clusterId(metaProperties));
            return;
        }
        Directories.create(logDir);
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(printStream)
                    .setNodeId(nodeId)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(controllerListenerName)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka storage " + logDir + ": " + output, e);
        }
        log.info("Formatted Kafka storage {} for new cluster {}", logDir, clusterId);
    }

    private static String clusterId(Path metaProperties) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(metaProperties)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("cluster.id");
    }
}
