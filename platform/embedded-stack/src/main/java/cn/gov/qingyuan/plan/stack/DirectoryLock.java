package cn.gov.qingyuan.plan.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One stack per data directory. Kafka locks its log directory only after its controller has already opened, recovered
 * and written the metadata log in it, so a second stack on the same directory corrupts the first one's Kafka
 * metadata before failing. The operating system drops the lock when its JVM dies, so a crash never leaves it stale.
 */
final class DirectoryLock implements AutoCloseable {

    private static final String LOCK_FILE = ".embedded-stack.lock";

    /**
     * Directories locked by this JVM. File locks belong to the process, and closing any channel on the lock file
     * releases them all, so a second stack in this JVM must be turned away before it opens the file.
     */
    private static final Set<Path> LOCKED_HERE = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final FileChannel channel;

    private DirectoryLock(Path directory, FileChannel channel) {
        this.directory = directory;
        this.channel = channel;
    }

    static DirectoryLock acquire(Path dataDirectory) {
        Path directory = realPath(dataDirectory);
        if (!LOCKED_HERE.add(directory)) {
            throw new IllegalStateException("Another embedded stack in this JVM is using " + directory);
        }
        try {
            FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                channel.close();
                throw new IllegalStateException("Another process runs an embedded stack on " + directory);
            }
            return new DirectoryLock(directory, channel);
        } catch (IOException | RuntimeException e) {
            LOCKED_HERE.remove(directory);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not lock " + directory, io);
            }
            throw (RuntimeException) e;
        }
    }

    private static Path realPath(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            LOCKED_HERE.remove(directory);
        }
    }
}
