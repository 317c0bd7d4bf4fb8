package cn.gov.qingyuan.plan.views.pack;

import cn.gov.qingyuan.plan.contracts.ChainHead;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Submitter;
import cn.gov.qingyuan.plan.views.figures.EveryView;
import cn.gov.qingyuan.plan.views.history.PastViews;
import cn.gov.qingyuan.plan.views.history.PastViews.Past;
import cn.gov.qingyuan.plan.views.history.PlanDay;
import cn.gov.qingyuan.plan.views.pack.AuditPack.Description;
import cn.gov.qingyuan.plan.views.pack.AuditPack.ServiceHeads;
import cn.gov.qingyuan.plan.views.web.RequestValues;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/audit/export?until=}: the audit pack ({@link AuditPack}) of a moment, for auditors. The events come
 * from each command service's store ({@code GET /api/audit/chain}, asked with the auditor's own token), the views from
 * the journal as of the moment: a verifier that recomputes the second from the first checks the whole path between.
 */
@RestController
class AuditPackController {

    private static final Duration ASKING = Duration.ofSeconds(10);
    private static final Duration READING = Duration.ofMinutes(30);

    private final CommandServices services;
    private final PastViews past;
    private final PlanDay clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(ASKING).build();

    AuditPackController(CommandServices services, PastViews past, PlanDay clock) {
        this.services = services;
        this.past = past;
        this.clock = clock;
    }

    @Operation(summary = "One file with every service's events up to a moment, their chain heads and every view as it stood then")
    @GetMapping(value = "/api/audit/export", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String until,
                                                 @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        Instant now = clock.now();
        Instant moment = until == null ? now : RequestValues.instant("until", until, now);
        if (services.all().isEmpty()) {
            throw new ApiProblem(ProblemType.UNAVAILABLE, "plan.audit.services",
                    "no command service is configured (PLAN_AUDIT_SERVICES), so the pack would hold no events");
        }
        // Every service is asked before the first byte is sent: one out of reach is a clear problem, not a cut-off file.
        Map<String, ChainHead> current = new LinkedHashMap<>();
        services.all().forEach((service, url) -> current.put(service, head(service, url, authorization)));
        Past then = past.at(moment);
        Map<String, Object> views = EveryView.of(then.figures(), past.rules(), then.today());
        Description description = new Description(AuditPack.FORMAT, moment, then.today(), now, Submitter.current().subject(),
                past.rules().bottomGroupSize(), List.copyOf(services.all().keySet()));

        StreamingResponseBody pack = out -> {
            PackWriter writer = new PackWriter(out);
            writer.text(AuditPack.README, AuditPack.README_TEXT.formatted(AuditPack.FORMAT, moment));
            writer.json(AuditPack.DESCRIPTION, description);
            List<ServiceHeads> heads = new ArrayList<>();
            for (Map.Entry<String, URI> service : services.all().entrySet()) {
                ChainHead atExport = current.get(service.getKey());
                try (InputStream lines = chain(service.getKey(), service.getValue(), moment, authorization)) {
                    ChainHead copied = writer.events(service.getKey(), lines, moment);
                    heads.add(new ServiceHeads(service.getKey(),
                            new ChainHead(service.getKey(), atExport.schema(), copied.position(), copied.link(), moment), atExport));
                }
            }
            writer.json(AuditPack.HEADS, heads);
            writer.json(AuditPack.VIEWS, views);
            writer.finish();
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-pack-until-" + moment.toString().replace(':', '-') + ".zip\"")
                .body(pack);
    }

    private ChainHead head(String service, URI url, String authorization) {
        HttpResponse<byte[]> answer = ask(service, url.resolve("/api/audit/chain-head"), authorization, HttpResponse.BodyHandlers.ofByteArray(), ASKING);
        try {
            return AuditPack.JSON.readValue(answer.body(), ChainHead.class);
        } catch (IOException e) {
            throw unavailable(service, "its chain head is not readable JSON: " + e.getMessage());
        }
    }

    private InputStream chain(String service, URI url, Instant until, String authorization) {
        URI events = url.resolve("/api/audit/chain?until=" + URLEncoder.encode(until.toString(), StandardCharsets.UTF_8));
        return ask(service, events, authorization, HttpResponse.BodyHandlers.ofInputStream(), READING).body();
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
        return new ApiProblem(ProblemType.UNAVAILABLE, "plan.audit.services", "the pack needs " + service + "'s events, but " + reason);
    }

    private static void close(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
