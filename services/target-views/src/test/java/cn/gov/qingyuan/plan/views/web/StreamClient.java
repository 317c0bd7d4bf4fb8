package cn.gov.qingyuan.plan.views.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A live stream read as a client reads it, on a connection of its own (HTTP/1.0, so the events arrive unchunked and the
 * server closes the connection when it completes the stream): closing it is the client going away.
 */
final class StreamClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader lines;
    private final int status;
    private final Map<String, String> headers = new HashMap<>();
    private int keepAlives;

    private StreamClient(String baseUrl, String token, String path) throws IOException {
        URI base = URI.create(baseUrl);
        socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.0\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nAccept: text/event-stream\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        lines = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String statusLine = lines.readLine();
        status = Integer.parseInt(statusLine.split(" ")[1]);
        for (String line; (line = lines.readLine()) != null && !line.isEmpty(); ) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
    }

    static StreamClient open(String baseUrl, String token, String path) {
        try {
            return new StreamClient(baseUrl, token, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int status() {
        return status;
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The next event, its name then a line of its data ({@code ready\n{…}}); null when the server ended the stream. */
    String nextEvent() {
        try {
            StringBuilder event = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty() && !event.isEmpty()) {
                    return event.toString();
                }
                if (line.startsWith(":")) {
                    keepAlives++;
                } else if (line.startsWith("event:")) {
                    event.append(line.substring(6).strip()).append('\n');
                } else if (line.startsWith("data:")) {
                    event.append(line.substring(5).strip());
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keep-alive comments read so far. */
    int keepAlives() {
        return keepAlives;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Gone already.
        }
    }
}
