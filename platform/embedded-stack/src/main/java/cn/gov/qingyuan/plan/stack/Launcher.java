package cn.gov.qingyuan.plan.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code make run}: the embedded stack (only the parts the environment does not point elsewhere) and every
 * service of {@link ServiceCatalog}, each in its own JVM, until Ctrl+C stops them all. {@code make stack}: the
 * embedded stack alone. {@code make verify}: every command service walks its event chain ({@link ChainCheck}).
 * {@code make replay}: target-views rebuilds every view beside the live ones ({@link ViewsRebuild}). Public only
 * because the executable jar's launcher must reach it.
 *
 * <p>Usage: {@code java -jar embedded-stack-<version>-exec.jar run|stack|verify|replay [--from-stores] [--switch] [--data <dir>]}
 * (default {@code var}).
 */
public final class Launcher {

    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(3);

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Before the first logger exists: this jar ships no logback.xml, so that it never configures its users' logging.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-embedded-stack.xml");
        }
        Logger log = LoggerFactory.getLogger(Launcher.class);
        String mode = args.length > 0 ? args[0] : "run";
        Path data = Path.of(option(args, "--data", "var")).toAbsolutePath();
        if (!List.of("run", "stack", "token", "verify", "replay").contains(mode)) {
            System.err.println("usage: launcher run|stack [--data <dir>]\n       launcher token --role <role> [--org <unit>] [--subject <name>] [--data <dir>]"
                    + "\n       launcher verify [--data <dir>]   (every command service of make run walks its event chain)"
                    + "\n       launcher replay [--from-stores] [--switch] [--data <dir>]   (target-views rebuilds every view; --switch: readers onto it)");
            System.exit(2);
        }
        LocalIssuer issuer = LocalIssuer.loadOrCreate(data.resolve("issuer"));
        if (mode.equals("token")) {
            System.out.println(token(issuer, args));
            return;
        }
        if (mode.equals("verify")) {
            System.exit(ChainCheck.run(issuer, System.out) ? 0 : 1);
        }
        if (mode.equals("replay")) {
            System.exit(ViewsRebuild.run(issuer, List.of(args).contains("--from-stores"), List.of(args).contains("--switch"), System.out) ? 0 : 1);
        }
        List<ServiceProcess> services = new java.util.concurrent.CopyOnWriteArrayList<>();
        Infrastructure infrastructure = Infrastructure.resolve(System.getenv(), StackOptions.persistent(data.resolve("stack")), issuer,
                // start() registered a shutdown hook that closes the stack on Ctrl+C; stop the services first.
                stack -> stack.beforeClose(() -> stopAll(services)));
        if (mode.equals("run")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(services), "services-shutdown"));
            try {
                startAll(infrastructure, data, services);
            } catch (RuntimeException e) {
                log.error("A service did not start; stopping everything", e);
                System.exit(1);
            }
        }
        System.out.println(banner(mode, infrastructure, data, issuer));
        log.info("Press Ctrl+C to stop");
        new CountDownLatch(1).await();
    }

    private static void startAll(Infrastructure infrastructure, Path data, List<ServiceProcess> services) {
        Path root = Path.of("").toAbsolutePath();
        List<CompletableFuture<ServiceProcess>> starts = new ArrayList<>();
        for (ServiceSpec spec : ServiceCatalog.ALL) {
            ServiceProcess process = ServiceProcess.start(spec, spec.executableJar(root), spec.environment(infrastructure),
                    data.resolve("logs").resolve(spec.name() + ".log"));
            services.add(process);
            starts.add(CompletableFuture.supplyAsync(() -> process.awaitHealthy(HEALTHY_WITHIN)));
        }
        starts.forEach(CompletableFuture::join);
    }

    private static void stopAll(List<ServiceProcess> services) {
        services.parallelStream().forEach(ServiceProcess::close);
    }

    private static String banner(String mode, Infrastructure infrastructure, Path data, LocalIssuer issuer) {
        StringBuilder out = new StringBuilder("\n=== Qingyuan industrial plan tracker: ").append(mode.equals("run") ? "running" : "stack only").append(" ===\n");
        if (mode.equals("run")) {
            for (ServiceSpec spec : ServiceCatalog.ALL) {
                out.append(String.format("%n  %s (logs: %s)%n", spec.name(), data.resolve("logs").resolve(spec.name() + ".log")));
                for (ServiceSpec.Link link : spec.links()) {
                    out.append(String.format("    %-12s %s%n", link.label(), spec.url(link.path())));
                }
            }
        }
        out.append(String.format("%n  Kafka        %s%n  PostgreSQL   %s (user %s)%n  MongoDB      %s%n  Data         %s%n",
                infrastructure.kafkaBootstrapServers(), infrastructure.postgresUrl(), infrastructure.postgresUser(),
                infrastructure.mongoUri(), data));
        if (mode.equals("run")) {
            // The token rides in the fragment, which browsers never send to a server or write to its logs.
            out.append(String.format("%n  Open the monitoring dashboard (signed in as a monitor for 12 hours):%n    %s#token=%s%n",
                    ServiceCatalog.TARGET_VIEWS.url("/dashboard/"), token(issuer, new String[] {"--role", "monitor", "--subject", "dashboard"})));
            out.append(String.format("%n  Or as an auditor (views as of any moment, the provenance of every figure):%n    %s#token=%s%n",
                    ServiceCatalog.TARGET_VIEWS.url("/dashboard/"), token(issuer, new String[] {"--role", "auditor", "--subject", "auditor"})));
        }
        return out.append("\n  Tokens       make token ROLE=reporter ORG=qingcheng   (roles: reporter, monitor, auditor, planner, operator)")
                .append("\n\nCtrl+C stops everything.\n").toString();
    }

    /** A token of the local issuer. A bare county code stands for that county's government ({@code qingcheng}). */
    private static String token(LocalIssuer issuer, String[] args) {
        String role = option(args, "--role", "reporter").toLowerCase(java.util.Locale.ROOT);
        String org = option(args, "--org", "");
        if (!org.isEmpty() && !org.contains(":")) {
            org = "county:" + org;
        }
        String subject = option(args, "--subject", role + (org.isEmpty() ? "" : "@" + org));
        return issuer.token(subject, role, org.isEmpty() ? null : org, Duration.ofHours(12));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
