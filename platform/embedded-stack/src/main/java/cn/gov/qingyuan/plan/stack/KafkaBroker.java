package cn.gov.qingyuan.plan.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One Kafka node in KRaft mode, broker and controller at once, running in this JVM. */
final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int port;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Returns once the broker is unfenced, that is, ready for clients. */
    static KafkaBroker start(Path logDir, int port, int controllerPort) {
        warnIfNotShutDownCleanly(logDir);
        KafkaStorage.formatIfNeeded(logDir, NODE_ID, CONTROLLER_LISTENER);
        // doLog=false: the full config dump would be several hundred INFO lines.
        KafkaConfig config = KafkaConfig.fromProps(properties(logDir, port, controllerPort), false);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            // A half-started server keeps its sockets, threads and the log directory lock.
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
        return new KafkaBroker(server, port);
    }

    /**
     * After a crash the controller still holds the dead broker's registration and refuses the new one until that
     * session expires (broker.session.timeout.ms, 9 s), so startup takes about 15 s instead of one: say so, since
     * the broker's own messages about it are below WARN.
     */
    private static void warnIfNotShutDownCleanly(Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties")) && !Files.exists(logDir.resolve(".kafka_cleanshutdown"))) {
            log.warn("Kafka in {} was not shut down cleanly; it will wait about 10 s for its old registration to expire",
                    logDir);
        }
    }

    private static Properties properties(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", CONTROLLER_LISTENER + ":PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // A single node cannot hold the default three replicas of the internal topics.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        // Fewer partitions for the internal topics: creating the default 50 delays the first consumer group by
        // seconds. Never change these for an existing data directory: group and transaction ids hash onto them.
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "3");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The stack stands in for an event log: keep records until the data directory is deleted, not seven days.
        p.put("log.retention.ms", "-1");
        // The log cleaner allocates this buffer on the heap at startup; the default 128 MB is a lot for a test JVM.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return p;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Controlled shutdown: the broker leaves the cluster through the controller before both stop. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
