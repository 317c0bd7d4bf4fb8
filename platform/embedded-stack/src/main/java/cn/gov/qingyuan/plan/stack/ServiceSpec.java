package cn.gov.qingyuan.plan.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One deployable service: where its jar is built, its port, and which stores it needs. The environment it
 * is given ({@link #environment}) is the same set of variables the README and {@code deploy/compose.yaml} name.
 *
 * @param postgresSchema its own PostgreSQL schema (command services), or null
 * @param mongoDatabase  its own MongoDB database (projection services), or null
 * @param links          what a person would open, as label and path
 */
public record ServiceSpec(String name, int port, String postgresSchema, String mongoDatabase, List<Link> links) {

    public record Link(String label, String path) {
    }

    /** The variables this service reads, in the order the README lists them. */
    public List<String> requiredVariables() {
        List<String> names = new ArrayList<>(List.of("SERVER_PORT", "KAFKA_BOOTSTRAP_SERVERS", "JWT_PUBLIC_KEY_LOCATION"));
        if (postgresSchema != null) {
            names.addAll(List.of("POSTGRES_URL", "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_SCHEMA"));
        }
        if (mongoDatabase != null) {
            names.addAll(List.of("MONGODB_URI", "MONGODB_DATABASE"));
        }
        return names;
    }

    public Map<String, String> environment(Infrastructure infrastructure) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        env.put("JWT_PUBLIC_KEY_LOCATION", infrastructure.jwtPublicKeyLocation());
        if (postgresSchema != null) {
            env.put("POSTGRES_URL", infrastructure.postgresUrl());
            env.put("POSTGRES_USER", infrastructure.postgresUser());
            env.put("POSTGRES_PASSWORD", infrastructure.postgresPassword());
            env.put("POSTGRES_SCHEMA", postgresSchema);
        }
        if (mongoDatabase != null) {
            env.put("MONGODB_URI", infrastructure.mongoUri());
            env.put("MONGODB_DATABASE", mongoDatabase);
            env.put("PLAN_AUDIT_SERVICES", auditedServices(ServiceCatalog.ALL));
        }
        return env;
    }

    /** {@code PLAN_AUDIT_SERVICES} for the command services among {@code specs}: where the audit pack takes their events. */
    public static String auditedServices(List<ServiceSpec> specs) {
        return specs.stream().filter(spec -> spec.postgresSchema() != null).map(spec -> spec.name() + "=" + spec.url(""))
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** The executable jar {@code mvn package} built for this service under {@code services/<name>/target}. */
    public Path executableJar(Path repositoryRoot) {
        Path target = repositoryRoot.resolve("services").resolve(name).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No executable jar in " + target + ": run `make build` first"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("No " + target + ": run `make build` first", e);
        }
    }

    /** The same service on another port, e.g. a free one in a test. */
    public ServiceSpec onPort(int otherPort) {
        return new ServiceSpec(name, otherPort, postgresSchema, mongoDatabase, links);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
