package cn.gov.qingyuan.plan.views.stores;

import cn.gov.qingyuan.plan.contracts.ChainHead;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Each command service's chained history, asked of the service itself with the caller's own token: its head
 * ({@code GET /api/audit/chain-head}) and its events as stored, one {@link cn.gov.qingyuan.plan.contracts.ChainedEvent}
 * per line ({@code GET /api/audit/chain}). A service out of reach, or refusing, is a 503 problem naming it.
 */
@Component
public class ServiceChains {

    private static final Duration ASKING = Duration.ofSeconds(10);
    private static final Duration READING = Duration.ofMinutes(30);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final CommandServices services;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(ASKING).build();

    ServiceChains(CommandServices services) {
        this.services = services;
    }

    /** The configured services, by name; a caller with none has nothing to read. */
    public Map<String, URI> services() {
        return services.all();
    }

    public ChainHead head(String service, String authorization) {
        HttpResponse<byte[]> answer = ask(service, url(service).resolve("/api/audit/chain-head"), authorization,
                HttpResponse.BodyHandlers.ofByteArray(), ASKING);
        try {
            return JSON.readValue(answer.body(), ChainHead.class);
        } catch (IOException e) {
            throw unavailable(service, "its chain head is not readable JSON: " + e.getMessage());
        }
    }

    /** The service's events up to {@code until} in chain order, one JSON object per line; the caller closes the stream. */
    public InputStream events(String service, Instant until, String authorization) {
        URI events = url(service).resolve("/api/audit/chain?until=" + URLEncoder.encode(until.toString(), StandardCharsets.UTF_8));
        return ask(service, events, authorization, HttpResponse.BodyHandlers.ofInputStream(), READING).body();
    }

    private URI url(String service) {
        URI url = services.all().get(service);
        if (url == null) {
            throw unavailable(service, "it is not one of plan.audit.services");
        }
        return url;
    }

    private <T> HttpResponse<T> ask(String service, URI uri, String authorization, HttpResponse.BodyHandler<T> body, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(uri).header(HttpHeaders.AUTHORIZATION, authorization).timeout(timeout).build();
        HttpResponse<T> answer;
        try {
            answer = http.send(request, body);
        } catch (IOException e) {
            throw unavailable(service, "it is not reachable at " + uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service, "interrupted");
        }
        if (answer.statusCode() != 200) {
            if (answer.body() instanceof InputStream stream) {
                close(stream);
            }
            throw unavailable(service, "it answered HTTP " + answer.statusCode() + " to " + uri.getPath());
        }
        return answer;
    }

    private static ApiProblem unavailable(String service, String reason) {
        return new ApiProblem(ProblemType.UNAVAILABLE, "plan.audit.services", "this needs " + service + "'s events, but " + reason);
    }

    private static void close(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
