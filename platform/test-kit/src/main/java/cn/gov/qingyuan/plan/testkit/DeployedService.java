package cn.gov.qingyuan.plan.testkit;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service as {@code deploy/compose.yaml} runs it, for tests that cannot run compose (no Docker engine on the build
 * machines): its environment as the container sees it ({@code $$} unescaped, YAML merge keys applied) and its secrets,
 * mounted here into a folder of the test's own instead of {@code /run/secrets}.
 */
public final class DeployedService {

    public static final String SECRETS_IN_CONTAINER = "/run/secrets/";

    private final String name;
    private final Map<String, Object> definition;

    private DeployedService(String name, Map<String, Object> definition) {
        this.name = name;
        this.definition = definition;
    }

    /** deploy/compose.yaml of this repository, found from the working directory of any module. */
    public static Path composeFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path compose = dir.resolve("deploy").resolve("compose.yaml");
            if (Files.exists(compose)) {
                return compose;
            }
        }
        throw new IllegalStateException("no deploy/compose.yaml above " + Path.of("").toAbsolutePath());
    }

    /** The whole compose file, merge keys applied. */
    public static Map<String, Object> compose() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        try (Reader reader = Files.newBufferedReader(composeFile())) {
            return new Yaml(options).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static DeployedService named(String name) {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        Map<String, Object> definition = (Map<String, Object>) services.get(name);
        if (definition == null) {
            throw new IllegalArgumentException("deploy/compose.yaml runs no service " + name);
        }
        return new DeployedService(name, definition);
    }

    public String name() {
        return name;
    }

    /** Its environment variables as the container gets them: compose turns {@code $$} into {@code $}. */
    @SuppressWarnings("unchecked")
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        Object declared = definition.get("environment");
        if (declared instanceof Map<?, ?> map) {
            map.forEach((key, value) -> env.put(key.toString(), value == null ? "" : value.toString().replace("$$", "$")));
        }
        return env;
    }

    /** Its secrets, as the file name it sees under /run/secrets (the target) to the compose secret's name (the source). */
    @SuppressWarnings("unchecked")
    public Map<String, String> secrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (Object secret : (List<Object>) definition.getOrDefault("secrets", List.of())) {
            if (secret instanceof Map<?, ?> longForm) {
                String source = longForm.get("source").toString();
                Object target = longForm.get("target");
                secrets.put(target == null ? source : target.toString(), source);
            } else {
                secrets.put(secret.toString(), secret.toString());
            }
        }
        return secrets;
    }

    /**
     * Its environment with its secrets mounted in {@code secretsDir}: each target file holds {@code values} of its
     * source, and every {@code /run/secrets/} in the environment points at {@code secretsDir} instead.
     */
    public Map<String, String> environmentWithSecretsIn(Path secretsDir, Map<String, String> values) {
        try {
            for (Map.Entry<String, String> secret : secrets().entrySet()) {
                String value = values.get(secret.getValue());
                if (value == null) {
                    throw new IllegalArgumentException("no value given for secret " + secret.getValue() + " of " + name);
                }
                // As deploy/make-secrets.sh writes them: a trailing newline is what an editor leaves too.
                Files.writeString(secretsDir.resolve(secret.getKey()), value + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String mounted = secretsDir.toAbsolutePath() + "/";
        Map<String, String> env = new LinkedHashMap<>();
        environment().forEach((key, value) -> env.put(key, value.replace(SECRETS_IN_CONTAINER, mounted)));
        return env;
    }
}
