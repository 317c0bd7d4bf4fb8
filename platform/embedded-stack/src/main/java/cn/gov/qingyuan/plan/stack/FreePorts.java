package cn.gov.qingyuan.plan.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Free loopback ports for servers that must be told their port before they bind (Kafka's listeners, services). */
public final class FreePorts {

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

    /**
     * {@code count} distinct free ports, held open together while choosing so that none is picked twice. They are
     * chosen below the kernel's ephemeral range ({@code ip_local_port_range}), where the local ports of outgoing
     * connections come from: a port picked there can be taken by some client's connection before Kafka binds it.
     */
    static int[] pick(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            int lowestEphemeral = lowestEphemeralPort();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = lowestEphemeral > FIRST_CANDIDATE + 1000 ? bindBelow(lowestEphemeral) : null;
                if (socket == null) {
                    socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                }
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

    /** A free port for a server that binds it later (a service started on it), chosen as {@link #pick} does. */
    public static int pickOne() {
        return pick(1)[0];
    }

    private static final int FIRST_CANDIDATE = 20000;

    private static ServerSocket bindBelow(int limit) {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = random.nextInt(FIRST_CANDIDATE, limit - 1);
            try {
                return new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
            } catch (IOException inUse) {
                // try another
            }
        }
        return null;
    }

    /** The first port of the kernel's ephemeral range, or 0 when it cannot be read (not Linux). */
    static int lowestEphemeralPort() {
        // Read as a stream: procfs reports a size of 0, and Files.readString then returns only the first character ("3").
        try (java.io.BufferedReader range = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
            return Integer.parseInt(range.readLine().strip().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
