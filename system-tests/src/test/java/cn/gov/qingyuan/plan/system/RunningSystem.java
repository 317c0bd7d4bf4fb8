package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.stack.Infrastructure;
import cn.gov.qingyuan.plan.stack.ServiceProcess;
import cn.gov.qingyuan.plan.stack.ServiceSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The services as separate JVMs from their executable jars, on free ports, against given infrastructure. */
final class RunningSystem {

    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(3);
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final Infrastructure infrastructure;
    private final Path logs;

    RunningSystem(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
        try {
            this.logs = Files.createDirectories(Path.of("target", "system-logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ServiceProcess start(ServiceSpec spec) {
        return start(spec, Map.of());
    }

    /** The service with {@code overrides} on top of its environment, e.g. where the command services of a test answer. */
    ServiceProcess start(ServiceSpec spec, Map<String, String> overrides) {
        Map<String, String> environment = new LinkedHashMap<>(spec.environment(infrastructure));
        environment.putAll(overrides);
        return ServiceProcess.start(spec, spec.executableJar(ROOT), environment,
                logs.resolve(spec.name() + "-" + System.nanoTime() + ".log")).awaitHealthy(HEALTHY_WITHIN);
    }

    static ServiceSpec onFreePort(ServiceSpec spec) {
        return spec.onPort(cn.gov.qingyuan.plan.stack.FreePorts.pickOne());
    }

    Infrastructure infrastructure() {
        return infrastructure;
    }
}
