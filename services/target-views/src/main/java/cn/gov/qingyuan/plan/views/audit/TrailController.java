package cn.gov.qingyuan.plan.views.audit;

import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.views.audit.AuditQueries.Query;
import cn.gov.qingyuan.plan.views.figures.FigureRules;
import cn.gov.qingyuan.plan.views.history.AuditJournal;
import cn.gov.qingyuan.plan.views.history.AuditJournal.Cursor;
import cn.gov.qingyuan.plan.views.history.AuditJournal.Page;
import cn.gov.qingyuan.plan.views.history.PlanDay;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.bson.conversions.Bson;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/** The auditors' trail over every service's events, and the auditors' own trail (docs/audit.md). */
@RestController
@RequestMapping("/api/audit")
class TrailController {

    static final int MAX_PAGE = 1000;

    /** A page of the trail; {@code next} is the cursor of the following page, null on the last. */
    record TrailPage(List<TrailEntry> events, String next) {
    }

    record Queries(List<Query> queries) {
    }

    private final AuditJournal journal;
    private final AuditQueries queries;
    private final FigureRules rules;
    private final PlanDay clock;
    private final ObjectMapper json;

    TrailController(AuditJournal journal, AuditQueries queries, FigureRules rules, PlanDay clock, ObjectMapper json) {
        this.journal = journal;
        this.queries = queries;
        this.rules = rules;
        this.clock = clock;
        this.json = json;
    }

    @Operation(summary = "Every service's events in the order they were recorded, filtered, a page at a time")
    @GetMapping("/events")
    TrailPage events(HttpServletRequest request, @RequestParam(defaultValue = "100") int limit,
                     @RequestParam(required = false) String cursor) {
        TrailFilter.onlyKnown(request.getParameterMap(), Set.of("limit", "cursor", "format"));
        Bson filter = TrailFilter.of(request.getParameterMap(), rules.indicators(), clock.now());
        Page page = journal.page(filter, cursor(cursor), limit(limit));
        return new TrailPage(page.entries().stream().map(entry -> TrailEntry.of(entry, json)).toList(), text(page.next()));
    }

    @Operation(summary = "The same selection of the trail, whole, as a file: csv, xlsx or jsonl")
    @GetMapping(value = "/events", params = {"format", "format!=json"})
    ResponseEntity<StreamingResponseBody> export(HttpServletRequest request, @RequestParam String format) {
        TrailFilter.onlyKnown(request.getParameterMap(), Set.of("format"));
        Bson filter = TrailFilter.of(request.getParameterMap(), rules.indicators(), clock.now());
        if (!Set.of("csv", "xlsx", "jsonl").contains(format)) {
            throw ApiProblem.invalid("format", "'" + format + "' is not one of json, csv, xlsx, jsonl");
        }
        return TrailExports.export(format, journal, filter, json);
    }

    @Operation(summary = "The audit requests made, newest first: who asked what, when, and the answer's status")
    @GetMapping("/queries")
    Queries queries(@RequestParam(defaultValue = "100") int limit) {
        return new Queries(queries.latest(limit(limit)));
    }

    static int limit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ApiProblem.invalid("limit", limit + " is not between 1 and " + MAX_PAGE);
        }
        return limit;
    }

    private static String text(Cursor cursor) {
        return cursor == null ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString((cursor.at() + ":" + cursor.eventId()).getBytes(StandardCharsets.UTF_8));
    }

    private static Cursor cursor(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int cut = decoded.indexOf(':');
            return new Cursor(Long.parseLong(decoded.substring(0, cut)), decoded.substring(cut + 1));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ApiProblem.invalid("cursor", "is not a cursor this trail gave (take 'next' from the previous page)");
        }
    }
}
