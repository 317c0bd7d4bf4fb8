package cn.gov.qingyuan.plan.stack;

import java.util.Map;

/**
 * Where Kafka, PostgreSQL and MongoDB are, whether embedded or external, and where the key that verifies
 * bearer tokens is ({@code JWT_PUBLIC_KEY_LOCATION}).
 */
public record Infrastructure(String kafkaBootstrapServers, String postgresUrl, String postgresUser, String postgresPassword,
                             String mongoUri, String jwtPublicKeyLocation) {

    public static Infrastructure of(EmbeddedStack stack, LocalIssuer issuer) {
        return new Infrastructure(stack.kafkaBootstrapServers(), stack.postgresUrl(), stack.postgresUser(),
                stack.postgresPassword(), stack.mongoUri(), issuer.publicKeyLocation());
    }

    /**
     * Starts the embedded servers that the environment does not point elsewhere ({@code KAFKA_BOOTSTRAP_SERVERS},
     * {@code POSTGRES_URL}, {@code MONGODB_URI}) and returns where everything is.
     */
    static Infrastructure resolve(Map<String, String> env, StackOptions persistent, LocalIssuer issuer,
                                  java.util.function.Consumer<EmbeddedStack> onStart) {
        boolean externalKafka = isSet(env, "KAFKA_BOOTSTRAP_SERVERS");
        boolean externalPostgres = isSet(env, "POSTGRES_URL");
        boolean externalMongo = isSet(env, "MONGODB_URI");
        EmbeddedStack stack = null;
        if (!externalKafka || !externalPostgres || !externalMongo) {
            stack = EmbeddedStack.start(new StackOptions(persistent.dataDirectory(), persistent.kafkaPort(), persistent.postgresPort(),
                    persistent.mongoPort(), !externalKafka, !externalPostgres, !externalMongo));
            onStart.accept(stack);
        }
        return new Infrastructure(
                externalKafka ? env.get("KAFKA_BOOTSTRAP_SERVERS") : stack.kafkaBootstrapServers(),
                externalPostgres ? env.get("POSTGRES_URL") : stack.postgresUrl(),
                externalPostgres ? env.getOrDefault("POSTGRES_USER", "postgres") : stack.postgresUser(),
                externalPostgres ? env.getOrDefault("POSTGRES_PASSWORD", "") : stack.postgresPassword(),
                externalMongo ? env.get("MONGODB_URI") : stack.mongoUri(),
                isSet(env, "JWT_PUBLIC_KEY_LOCATION") ? env.get("JWT_PUBLIC_KEY_LOCATION") : issuer.publicKeyLocation());
    }

    private static boolean isSet(Map<String, String> env, String name) {
        return env.get(name) != null && !env.get(name).isBlank();
    }
}
