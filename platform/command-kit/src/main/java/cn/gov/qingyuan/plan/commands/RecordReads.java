package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Role;
import cn.gov.qingyuan.plan.http.Submitter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.HandlerMapping;

import java.util.List;
import java.util.Map;

/**
 * The two reads every kind of record gets, registered by {@link RecordRoutes} at its address: its current
 * state with its version as ETag (for the unit that maintains it, so it can send {@code If-Match}, and for
 * monitors, auditors and planners), and its whole history from the event store for auditors.
 */
final class RecordReads<E, S> {

    private final RecordKind<E, S> kind;
    private final Records records;

    RecordReads(RecordKind<E, S> kind, Records records) {
        this.kind = kind;
        this.records = records;
    }

    ResponseEntity<Object> state(HttpServletRequest request) {
        Records.Loaded<S> record = load(request);
        Submitter submitter = Submitter.current();
        if (submitter.role() == Role.REPORTER && !kind.covers(submitter.unit(), record.state())) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Authorization", submitter.unit() + " does not report for this " + kind.name());
        }
        return ResponseEntity.ok().eTag(AggregateVersions.etag(record.version())).body(record.state());
    }

    ResponseEntity<Object> history(HttpServletRequest request) {
        if (Submitter.current().role() != Role.AUDITOR) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Authorization", "only auditors read a record's history");
        }
        Records.Loaded<S> record = load(request);
        List<StoredEvent> events = record.events().stream().map(StoredEvent::of).toList();
        return ResponseEntity.ok().eTag(AggregateVersions.etag(record.version())).body(events);
    }

    private Records.Loaded<S> load(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id;
        try {
            id = kind.idFrom(variables == null ? Map.of() : variables);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(kind.idField(), e.getMessage());
        }
        return records.load(kind, id).orElseThrow(() -> kind.notFound(id));
    }
}
