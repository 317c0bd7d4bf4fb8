package cn.gov.qingyuan.plan.stack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;

/**
 * mongo-java-server speaking MongoDB's wire protocol, on its H2 backend in both modes (a file or memory) so that tests
 * exercise the same storage engine as {@code make run}.
 */
final class MongoStandIn implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;
    private final int port;

    private MongoStandIn(MongoServer server, H2Backend backend, int port) {
        this.server = server;
        this.backend = backend;
        this.port = port;
    }

    /** @param storeFile the H2 file to keep the data in, or {@code null} to keep it in memory */
    static MongoStandIn start(Path storeFile, int port) {
        H2Backend backend;
        if (storeFile == null) {
            backend = H2Backend.inMemory();
        } else {
            Directories.create(storeFile.getParent());
            backend = new H2Backend(storeFile.toString());
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new MongoStandIn(server, backend, server.getLocalAddress().getPort());
    }

    String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    /** Disconnects clients and closes the backend, which commits and closes the H2 store so the file is complete. */
    @Override
    public void close() {
        server.shutdownNow();
        backend.close(); // already closed by the server; repeated so that the flush does not hinge on its internals
    }
}
