package cn.gov.qingyuan.plan.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

final class Directories {

    private Directories() {
    }

    static Path create(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir, e);
        }
    }

    /**
     * zonky unpacks PostgreSQL under java.io.tmpdir and fails obscurely when that directory is missing, which
     * happens on machines that clean /tmp or where surefire points tmpdir into target/.
     */
    static void ensureTmpDirExists() {
        create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static Path createTemp() {
        ensureTmpDirExists();
        try {
            return Files.createTempDirectory("embedded-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary directory", e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
