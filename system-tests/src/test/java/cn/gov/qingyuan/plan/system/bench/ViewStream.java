package cn.gov.qingyuan.plan.system.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * A view's Server-Sent Events stream, read line by line on its own thread and HTTP client (so that the load's
 * connections never delay it). Each {@code view-changed} event is handed on with its cause's correlation id and the
 * moment its first line arrived.
 */
final class ViewStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final BiConsumer<String, Long> onViewChanged;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final AtomicLong viewChanged = new AtomicLong();
    private final Thread reader;
    private volatile InputStream body;
    private volatile Throwable failure;
    private volatile boolean closing;

    private ViewStream(URI uri, String bearerToken, BiConsumer<String, Long> onViewChanged) {
        this.onViewChanged = onViewChanged;
        this.reader = new Thread(() -> read(uri, bearerToken), "view-stream");
        reader.setDaemon(true);
        reader.setPriority(Thread.MAX_PRIORITY);
    }

    /** Opens the stream and returns once its {@code ready} event has arrived. */
    static ViewStream open(URI uri, String bearerToken, Duration timeout, BiConsumer<String, Long> onViewChanged) {
        ViewStream stream = new ViewStream(uri, bearerToken, onViewChanged);
        stream.reader.start();
        try {
            if (!stream.ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stream.close();
                throw new IllegalStateException("No 'ready' event from " + uri + " within " + timeout
                        + (stream.failure == null ? "" : ": " + stream.failure.getMessage()), stream.failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while opening " + uri, e);
        }
        if (stream.failure != null) {
            throw new IllegalStateException("Cannot read " + uri + ": " + stream.failure.getMessage(), stream.failure);
        }
        return stream;
    }

    private void read(URI uri, String bearerToken) {
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri)
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + bearerToken).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            body = response.body();
            if (response.statusCode() != 200) {
                String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": " + text);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String event = null;
            StringBuilder data = new StringBuilder();
            long firstLineNanos = 0;
            String line;
            while ((line = lines.readLine()) != null) {
                long now = System.nanoTime();
                if (line.isEmpty()) {
                    if (firstLineNanos != 0) {
                        dispatch(event == null ? "message" : event, data.toString(), firstLineNanos);
                    }
                    event = null;
                    data.setLength(0);
                    firstLineNanos = 0;
                    continue;
                }
                if (line.startsWith(":")) {
                    continue; // keep-alive comment
                }
                if (firstLineNanos == 0) {
                    firstLineNanos = now;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                if (value.startsWith(" ")) {
                    value = value.substring(1);
                }
                if (field.equals("event")) {
                    event = value;
                } else if (field.equals("data")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(value);
                }
            }
            if (!closing) {
                throw new IllegalStateException("the server closed the stream " + uri);
            }
        } catch (IOException | RuntimeException e) {
            if (!closing) {
                failure = e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ready.countDown();
        }
    }

    private void dispatch(String event, String data, long arrivedNanos) {
        if (event.equals("ready")) {
            ready.countDown();
            return;
        }
        if (!event.equals("view-changed")) {
            return;
        }
        viewChanged.incrementAndGet();
        String correlationId;
        try {
            JsonNode cause = JSON.readTree(data).path("cause");
            correlationId = cause.path("correlationId").isTextual() ? cause.path("correlationId").asText() : null;
        } catch (IOException e) {
            correlationId = null;
        }
        onViewChanged.accept(correlationId, arrivedNanos);
    }

    long viewChangedEvents() {
        return viewChanged.get();
    }

    /** Why the stream stopped early, or null while it is still open. */
    Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        closing = true;
        InputStream open = body;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        reader.interrupt();
    }
}
