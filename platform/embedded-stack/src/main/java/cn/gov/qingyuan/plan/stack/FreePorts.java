package cn.gov.qingyuan.plan.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Free loopback ports for servers that must be told their port before they bind (Kafka's listeners). */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * Kafka halts the JVM (Exit.halt, via its fatal fault handler) when its controller cannot bind, which in a test
     * JVM kills the whole test run: fail with a message instead, before Kafka tries.
     */
    static void requireFree(int port, String user) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException(user + " cannot use port " + port + ": it is in use", e);
        }
    }

    /** {@code count} distinct ports, held open together while choosing so that none is picked twice. */
    static int[] pick(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                socket.setReuseAddress(true);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("could not find a free port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closing a listening socket that never accepted anything cannot lose data.
                }
            }
        }
    }
}
