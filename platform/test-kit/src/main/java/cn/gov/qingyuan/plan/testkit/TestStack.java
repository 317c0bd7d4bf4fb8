package cn.gov.qingyuan.plan.testkit;

import cn.gov.qingyuan.plan.stack.EmbeddedStack;
import cn.gov.qingyuan.plan.stack.LocalIssuer;
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
    private static LocalIssuer issuer;

    private TestStack() {
    }

    public static synchronized EmbeddedStack get() {
        if (stack == null) {
            stack = EmbeddedStack.start(StackOptions.ephemeral());
        }
        return stack;
    }

    /** The token issuer whose public key {@link #environment} hands to services. */
    public static synchronized LocalIssuer issuer() {
        if (issuer == null) {
            try {
                java.nio.file.Path keys = java.nio.file.Files.createTempDirectory("test-issuer");
                keys.toFile().deleteOnExit();
                issuer = LocalIssuer.loadOrCreate(keys);
                keys.resolve("public.pem").toFile().deleteOnExit();
                keys.resolve("private.pem").toFile().deleteOnExit();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return issuer;
    }

    /** A valid token for a role, acting for a reporting unit such as {@code county:yingde} (null for none). */
    public static String token(String role, String organisation) {
        return issuer().token("test-" + role + (organisation == null ? "" : "@" + organisation), role, organisation, java.time.Duration.ofHours(1));
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
        env.put("JWT_PUBLIC_KEY_LOCATION", issuer().publicKeyLocation());
        // The stack puts the MongoDB driver on every test classpath, so Boot's own Mongo client comes up in command
        // services' tests too: point it at the stand-in rather than let it retry localhost:27017 in the log.
        env.put("spring.data.mongodb.uri", s.mongoUri());
        if (mongoDatabase != null) {
            env.put("MONGODB_DATABASE", mongoDatabase);
        }
        return env;
    }
}
