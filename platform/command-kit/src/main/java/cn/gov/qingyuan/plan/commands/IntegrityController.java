package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.contracts.ChainHead;
import cn.gov.qingyuan.plan.eventing.ChainHistory;
import cn.gov.qingyuan.plan.eventing.ChainVerifier;
import cn.gov.qingyuan.plan.eventing.Integrity;
import cn.gov.qingyuan.plan.eventing.Integrity.Head;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Role;
import cn.gov.qingyuan.plan.http.Submitter;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * This service's history for auditors (docs/audit.md, "The chain"): a walk of its event chain, its head to keep, and
 * its events with their links to take away and check elsewhere (also for operators, who rebuild the views from them).
 */
@RestController
@RequestMapping("/api/audit")
class IntegrityController {

    /** The JSON Lines of {@code /chain}: one event per line, dates as text. */
    static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");
    private static final ObjectMapper LINES = lines();

    private final ChainVerifier verifier;
    private final ChainHistory history;

    IntegrityController(ChainVerifier verifier, ChainHistory history) {
        this.verifier = verifier;
        this.history = history;
    }

    /** @param head a head kept earlier, {@code <position>:<link>}: the chain must still extend it */
    @GetMapping("/integrity")
    Integrity integrity(@RequestParam(required = false) String head) {
        auditorsOnly();
        Head held = null;
        if (head != null) {
            try {
                held = Head.parse(head);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("head", e.getMessage());
            }
        }
        return verifier.verify(held);
    }

    /** The chain's head now, as a file to keep: {@code ?head=<position>:<link>} of a later walk proves it was extended. */
    @GetMapping("/chain-head")
    ResponseEntity<ChainHead> head() {
        auditorsOrOperators();
        ChainHead head = history.head();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + head.service() + "-chain-head-" + head.position() + ".json\"").body(head);
    }

    /**
     * Every event up to {@code until} (default: now) as stored, one {@link cn.gov.qingyuan.plan.contracts.ChainedEvent}
     * per line in chain order: the last line's position and link are the head of that prefix.
     */
    @GetMapping(value = "/chain", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> chain(@RequestParam(required = false) String until) {
        auditorsOrOperators();
        Instant cut = until == null ? Instant.now() : instant(until);
        StreamingResponseBody body = out -> {
            OutputStream lines = new BufferedOutputStream(out, 1 << 16);
            history.each(cut, event -> {
                try {
                    LINES.writeValue(lines, event);
                    lines.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            lines.flush();
        };
        return ResponseEntity.ok().contentType(JSON_LINES).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + history.service() + "-events-until-" + cut.toString().replace(':', '-') + ".jsonl\"").body(body);
    }

    private static ObjectMapper lines() {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        json.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        return json;
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("until", "'" + text + "' is not an instant with its offset, e.g. 2016-07-01T00:00:00+08:00");
        }
    }

    /** The chain's head and events are also an operator's, who rebuilds the views from the stores. */
    private static void auditorsOrOperators() {
        Role role = Submitter.current().role();
        if (role != Role.AUDITOR && role != Role.OPERATOR) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Authorization", "only the auditor and operator roles may read the history's chain");
        }
    }

    private static void auditorsOnly() {
        if (Submitter.current().role() != Role.AUDITOR) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Authorization", "only the auditor role may read the history's chain");
        }
    }
}
