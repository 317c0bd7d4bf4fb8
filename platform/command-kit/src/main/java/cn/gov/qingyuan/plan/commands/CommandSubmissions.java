package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.contracts.InvalidFigures;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.CorrelationIdFilter;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Role;
import cn.gov.qingyuan.plan.http.Submitter;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;

/**
 * The whole submission path of every command service. A controller declares its route, its request record
 * and the command the request maps to ({@link #of} a kind, then {@link RecordSubmissions#create} or
 * {@link RecordSubmissions#change}); this does the rest, in order: the token's role (the kind's writer) and, for a
 * reporter, its unit's domains (a bureau reports only in those the registry gives it; 403) →
 * {@code Idempotency-Key} (owned by the subject and its reporting unit; a retry gets the first answer) → the
 * request mapped to its command (400s) → {@code If-Match} (409) → the command, with the submitter's identity as metadata on every event, in one
 * PostgreSQL transaction with the key → one receipt ({@link SubmissionReceipt}, {@code ETag}, {@code Location}
 * for a new record). The aggregate rules on the reporting unit; every refusal is problem+json and writes nothing.
 */
public final class CommandSubmissions {

    private final CommandGateway commands;
    private final IdempotentRequests idempotency;
    private final Records records;
    private final PlanCalendar calendar;
    private final Clock clock;
    private final Set<RecordKind<?, ?>> kinds = new CopyOnWriteArraySet<>();

    CommandSubmissions(CommandGateway commands, IdempotentRequests idempotency, Records records, PlanCalendar calendar, Clock clock) {
        this.commands = commands;
        this.idempotency = idempotency;
        this.records = records;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The submission path of one kind of record, and the kind declared to the kit: its state and history reads are
     * served from the moment the application has started. A controller calls it once, in its constructor.
     */
    public RecordSubmissions of(RecordKind<?, ?> kind) {
        kinds.add(kind);
        return new RecordSubmissions(this, kind);
    }

    /** The kinds declared so far, in the order they were. */
    List<RecordKind<?, ?>> kinds() {
        return List.copyOf(kinds);
    }

    ResponseEntity<String> submit(RecordKind<?, ?> kind, String id, Object request, Function<Submission, ?> command, boolean creates) {
        Submitter submitter = Submitter.current();
        if (submitter.role() != kind.writer()) {
            throw new AccessDeniedException(submitter.role() + " may not write a " + kind.name());
        }
        if (submitter.role() == Role.REPORTER && !submitter.unit().reportsIn(kind.domain())) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Authorization", submitter.unit() + " does not report "
                    + kind.domain().label() + " (the " + kind.name() + "'s domain): the registry of bureaus (bureaus.csv) does not give it that domain");
        }
        HttpServletRequest http = currentRequest();
        Long expectedVersion = creates ? null : AggregateVersions.expected(http.getHeader(AggregateVersions.IF_MATCH));
        String described = http.getMethod() + " " + http.getRequestURI();
        try {
            return idempotency.execute(owner(submitter), http.getHeader(IdempotentRequests.HEADER), described, request, () -> {
                Instant now = clock.instant();
                String correlationId = CorrelationIdFilter.current();
                // The request is read (400s) before its version is compared (409), as a client fixes the one before the other.
                Object mapped = command.apply(new Submission(submitter, calendar.today(), now, expectedVersion, calendar));
                requireVersion(kind, id, expectedVersion);
                Object result = send(kind, id, request, mapped, SubmissionMetadata.of(submitter, now, correlationId, CorrelationIdFilter.clientReference()));
                // A creating constructor answers the new aggregate's id, and its version is then 0; other handlers answer the version.
                long version = result instanceof Long after ? after : 0L;
                return new IdempotentRequests.Response(HttpStatus.CREATED.value(),
                        new SubmissionReceipt(id, kind.idField(), version, correlationId, now), AggregateVersions.etag(version),
                        creates ? kind.addressOf(id, variables(http)) : null);
            });
        } catch (RuleViolated | AggregateStreamCreationException | ConcurrencyException existing) {
            // Creating a record that exists: it answers only to the unit that keeps it, so another unit learns nothing of it.
            // Read after the failed transaction: PostgreSQL refuses every statement of a transaction a duplicate key aborted.
            if (creates) {
                refuseOutsideUnit(kind, id, submitter);
                if (existing instanceof RuleViolated rule && kind.revisions() != null) {
                    throw ApiProblem.conflict(rule.field(), rule.getMessage() + " to POST " + kind.addressOf(id, variables(http))
                            + kind.revisions());
                }
            }
            throw existing;
        }
    }

    /**
     * A stale {@code If-Match} is refused before the command runs, so it is answered as a conflict of versions rather
     * than by whichever rule the stale change breaks; Axon checks the version again when it appends.
     */
    private void requireVersion(RecordKind<?, ?> kind, String id, Long expectedVersion) {
        if (expectedVersion == null) {
            return;
        }
        long current = records.version(kind, id).orElseThrow(() -> kind.notFound(id));
        if (current != expectedVersion) {
            throw new ConflictingAggregateVersionException(id, expectedVersion, current);
        }
    }

    private Object send(RecordKind<?, ?> kind, String id, Object request, Object command, MetaData metadata) {
        try {
            return commands.sendAndWait(command, metadata);
        } catch (AggregateNotFoundException e) {
            throw kind.notFound(id);
        } catch (InvalidFigures invalid) {
            throw request instanceof FiguresWithin nested ? invalid.within(nested.figuresField()) : invalid;
        }
    }

    private <S> void refuseOutsideUnit(RecordKind<?, S> kind, String id, Submitter submitter) {
        if (submitter.role() != Role.REPORTER) {
            return;
        }
        records.load(kind, id).ifPresent(existing -> {
            if (!kind.covers(submitter.unit(), existing.state())) {
                throw new ApiProblem(ProblemType.FORBIDDEN, "Authorization",
                        submitter.unit() + " does not report for this " + kind.name());
            }
        });
    }

    /** Keys belong to a subject acting for one unit: the same person acting for another unit never sees this unit's answers. */
    private static String owner(Submitter submitter) {
        return submitter.subject() + " " + submitter.organisation();
    }

    private static HttpServletRequest currentRequest() {
        if (RequestContextHolder.currentRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        throw new IllegalStateException("A submission is sent from an HTTP request");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> variables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? Map.of() : (Map<String, String>) variables;
    }
}
