package cn.gov.qingyuan.plan.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a PostgreSQL data directory startable after the JVM that used it died without closing the stack.
 * zonky starts PostgreSQL through pg_ctl as a daemon, so a JVM killed with SIGKILL (an IDE's stop button, a
 * {@code kill -9}, a crashed test fork) leaves the server running: it still holds the port and postmaster.pid and the
 * next start fails. A live JVM using the directory is told apart by zonky's file lock, which dies with its JVM.
 */
final class Postmaster {

    private static final Logger log = LoggerFactory.getLogger(Postmaster.class);
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private Postmaster() {
    }

    static void reclaimDataDirectory(Path dataDir) throws IOException {
        requireNoLiveOwner(dataDir);
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = pidOf(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> servesDirectory(process, dataDir));
        if (orphan.isPresent()) {
            log.warn("Stopping PostgreSQL (pid {}) left running on {} by a JVM that did not close the stack",
                    orphan.get().pid(), dataDir);
            stop(orphan.get());
        }
        // PostgreSQL ignores a stale pid file only if no process has that pid; after a reboot or in a container
        // an unrelated process often has, and the server then refuses to start.
        Files.deleteIfExists(pidFile);
    }

    private static void requireNoLiveOwner(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("PostgreSQL data directory " + dataDir + " is in use by another process");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("PostgreSQL data directory " + dataDir + " is in use by this JVM", e);
        }
    }

    private static Optional<Long> pidOf(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The postmaster makes its data directory its working directory; elsewhere than Linux, trust the name. */
    private static boolean servesDirectory(ProcessHandle process, Path dataDir) {
        Path cwd = Path.of("/proc", String.valueOf(process.pid()), "cwd");
        try {
            if (Files.exists(Path.of("/proc/self/cwd"))) {
                return Files.isSameFile(cwd, dataDir);
            }
        } catch (IOException e) {
            return false; // the process ended meanwhile, or is not ours to inspect
        }
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
    }

    /** SIGINT is PostgreSQL's fast shutdown; Java's destroy() would send SIGTERM, which waits for clients. */
    private static void stop(ProcessHandle process) {
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor();
            process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TimeoutException | ExecutionException e) {
            log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", process.pid(), STOP_TIMEOUT);
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL " + process.pid(), e);
        }
    }
}
