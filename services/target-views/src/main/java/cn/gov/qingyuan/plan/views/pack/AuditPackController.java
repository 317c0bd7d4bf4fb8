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
import cn.gov.qingyuan.plan.views.stores.ServiceChains;
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

import java.io.InputStream;
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

    private final ServiceChains services;
    private final PastViews past;
    private final PlanDay clock;

    AuditPackController(ServiceChains services, PastViews past, PlanDay clock) {
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
        if (services.services().isEmpty()) {
            throw new ApiProblem(ProblemType.UNAVAILABLE, "plan.audit.services",
                    "no command service is configured (PLAN_AUDIT_SERVICES), so the pack would hold no events");
        }
        // Every service is asked before the first byte is sent: one out of reach is a clear problem, not a cut-off file.
        Map<String, ChainHead> current = new LinkedHashMap<>();
        services.services().keySet().forEach(service -> current.put(service, services.head(service, authorization)));
        Past then = past.at(moment);
        Map<String, Object> views = EveryView.of(then.figures(), past.rules(), then.today());
        Description description = new Description(AuditPack.FORMAT, moment, then.today(), now, Submitter.current().subject(),
                past.rules().bottomGroupSize(), List.copyOf(services.services().keySet()));

        StreamingResponseBody pack = out -> {
            PackWriter writer = new PackWriter(out);
            writer.text(AuditPack.README, AuditPack.README_TEXT.formatted(AuditPack.FORMAT, moment));
            writer.json(AuditPack.DESCRIPTION, description);
            List<ServiceHeads> heads = new ArrayList<>();
            for (String service : services.services().keySet()) {
                ChainHead atExport = current.get(service);
                try (InputStream lines = services.events(service, moment, authorization)) {
                    ChainHead copied = writer.events(service, lines, moment);
                    heads.add(new ServiceHeads(service, new ChainHead(service, atExport.schema(), copied.position(), copied.link(), moment),
                            atExport));
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
}
