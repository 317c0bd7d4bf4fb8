package cn.gov.qingyuan.plan.testkit;

import cn.gov.qingyuan.plan.stack.EmbeddedStack;
import cn.gov.qingyuan.plan.stack.StackOptions;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One ephemeral embedded stack (Kafka, PostgreSQL, the MongoDB stand-in) per test JVM, started on first use
 * on free ports and stopped when the JVM exits. Tests isolate themselves by schema, database and topic
 * names rather than by starting servers of their own.
 */
public final class TestStack {

    private static EmbeddedStack stack;

    private TestStack() {
    }

    public static synchronized EmbeddedStack get() {
        if (stack == null) {
            stack = EmbeddedStack.start(StackOptions.ephemeral());
        }
        return stack;
    }

    /** A name no other test in this JVM uses, usable as a PostgreSQL schema or MongoDB database. */
    public static String uniqueName(String prefix) {
        return (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toLowerCase(Locale.ROOT);
    }

    /** The environment variables a service reads to reach this stack (see the README). */
    public static Map<String, String> environment(String postgresSchema, String mongoDatabase) {
        EmbeddedStack s = get();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", s.kafkaBootstrapServers());
        env.put("POSTGRES_URL", s.postgresUrl());
        env.put("POSTGRES_USER", s.postgresUser());
        env.put("POSTGRES_PASSWORD", s.postgresPassword());
        if (postgresSchema != null) {
            env.put("POSTGRES_SCHEMA", postgresSchema);
        }
        env.put("MONGODB_URI", s.mongoUri());
        if (mongoDatabase != null) {
            env.put("MONGODB_DATABASE", mongoDatabase);
        }
        return env;
    }
}
