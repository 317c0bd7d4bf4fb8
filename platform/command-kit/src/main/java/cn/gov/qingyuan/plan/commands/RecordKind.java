package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.contracts.ReportingDomain;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.Role;
import org.springframework.web.util.UriTemplate;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One kind of record a command service keeps (a project, a county's monthly return, ...), declared once, by the
 * controller that writes it ({@link CommandSubmissions#of}). From it the kit answers the record's state
 * ({@code GET <address>}) and its history for auditors ({@code GET <address>/history}), names the record in receipts
 * and 404s, and checks who may write it.
 *
 * @param <E> the record's event type (its contract's sealed interface)
 * @param <S> the state its fold builds
 */
public final class RecordKind<E, S> {

    private final String name;
    private final ReportingDomain domain;
    private final String idField;
    private final UriTemplate address;
    private final Class<E> events;
    private final RecordFold<E, S> fold;
    private final BiPredicate<ReportingUnit, S> coveredBy;
    private final Function<Map<String, String>, String> idFromAddress;
    private final Function<String, String> storedAs;
    private final Role writer;
    private final String missingField;
    private final Function<String, String> missing;
    private final String revisions;
    private final boolean servesState;

    private RecordKind(Builder<E, S> builder) {
        this.name = builder.name;
        this.domain = builder.domain;
        this.idField = Objects.requireNonNull(builder.idField, "id");
        this.address = new UriTemplate(Objects.requireNonNull(builder.address, "at"));
        this.events = builder.events;
        this.fold = builder.fold;
        this.coveredBy = Objects.requireNonNull(builder.coveredBy, "coveredBy");
        this.idFromAddress = builder.idFromAddress != null ? builder.idFromAddress : variables -> variables.get(idField);
        this.storedAs = builder.storedAs;
        this.writer = builder.writer;
        this.missingField = builder.missingField != null ? builder.missingField : idField;
        this.missing = builder.missing != null ? builder.missing : id -> "no " + name + " '" + id + "' is recorded";
        this.revisions = builder.revisions;
        this.servesState = builder.servesState;
    }

    /**
     * @param name   what the record is called in messages, e.g. {@code "project"}
     * @param domain what it reports on: a city bureau may write it only if the registry gives it this domain
     * @param events the contract's event type; other events stored under the same id are not this record's
     * @param fold   the state rule the aggregate applies too
     */
    public static <E, S> Builder<E, S> of(String name, ReportingDomain domain, Class<E> events, RecordFold<E, S> fold) {
        return new Builder<>(name, domain, events, fold);
    }

    public String name() {
        return name;
    }

    public ReportingDomain domain() {
        return domain;
    }

    /** The id's name in the address and in receipts, e.g. {@code projectId}. */
    public String idField() {
        return idField;
    }

    public String addressTemplate() {
        return address.toString();
    }

    Class<E> events() {
        return events;
    }

    Role writer() {
        return writer;
    }

    /** The record's id, from the variables of its address (or of a request below it). */
    String idFrom(Map<String, String> variables) {
        return idFromAddress.apply(variables);
    }

    /** The aggregate identifier under which the record's events are stored: its own id space within the service. */
    public String storedId(String id) {
        return storedAs.apply(id);
    }

    /** The record's address, from the variables of the request that created it and its id. */
    String addressOf(String id, Map<String, String> requestVariables) {
        Map<String, String> variables = new HashMap<>(requestVariables);
        variables.put(idField, id);
        return address.expand(variables).toString();
    }

    boolean covers(ReportingUnit unit, S state) {
        return unit != null && coveredBy.test(unit, state);
    }

    S next(S state, Object event, long sequence) {
        return fold.apply(state, events.cast(event), sequence);
    }

    /** Where below its address a record already created is changed instead ({@code /revisions}), or null. */
    String revisions() {
        return revisions;
    }

    /** Whether the kit answers {@code GET <address>} with the fold's state (the history it always answers). */
    boolean servesState() {
        return servesState;
    }

    /** The 404 of an id no event was stored under. */
    ApiProblem notFound(String id) {
        return ApiProblem.notFound(missingField, missing.apply(id));
    }

    public static final class Builder<E, S> {

        private final String name;
        private final ReportingDomain domain;
        private final Class<E> events;
        private final RecordFold<E, S> fold;
        private String idField;
        private String address;
        private BiPredicate<ReportingUnit, S> coveredBy;
        private Function<Map<String, String>, String> idFromAddress;
        private Function<String, String> storedAs = Function.identity();
        private Role writer = Role.REPORTER;
        private String missingField;
        private Function<String, String> missing;
        private String revisions;
        private boolean servesState = true;

        private Builder(String name, ReportingDomain domain, Class<E> events, RecordFold<E, S> fold) {
            this.name = Objects.requireNonNull(name, "name");
            this.domain = Objects.requireNonNull(domain, "domain");
            this.events = Objects.requireNonNull(events, "events");
            this.fold = Objects.requireNonNull(fold, "fold");
        }

        /** The id's name, e.g. {@code projectId}. */
        public Builder<E, S> id(String idField) {
            this.idField = idField;
            return this;
        }

        /** The record's address as a URI template, e.g. {@code /api/projects/{projectId}}. */
        public Builder<E, S> at(String address) {
            this.address = address;
            return this;
        }

        /** How the id follows from the address's variables, when it is not the variable named by {@link #id}. */
        public Builder<E, S> idFromAddress(Function<Map<String, String>, String> idFromAddress) {
            this.idFromAddress = idFromAddress;
            return this;
        }

        /** The aggregate identifier for an id, when two kinds of one service could otherwise share an id. */
        public Builder<E, S> storedAs(Function<String, String> storedAs) {
            this.storedAs = storedAs;
            return this;
        }

        /** Whether a reporting unit may see and write a record in this state. */
        public Builder<E, S> coveredBy(BiPredicate<ReportingUnit, S> coveredBy) {
            this.coveredBy = coveredBy;
            return this;
        }

        /** The role that submits this kind of record: reporters unless said otherwise (planners set targets). */
        public Builder<E, S> writtenBy(Role writer) {
            this.writer = writer;
            return this;
        }

        /** How an unknown record is answered (404): the field named and the reason, when not the id and "no ... is recorded". */
        public Builder<E, S> missing(String field, Function<String, String> reason) {
            this.missingField = field;
            this.missing = reason;
            return this;
        }

        /**
         * Records of this kind are created once and changed at {@code subpath} below their address (a return's
         * {@code /revisions}): a second create is refused with 409 pointing there.
         */
        public Builder<E, S> revisedAt(String subpath) {
            this.revisions = subpath;
            return this;
        }

        /** The service answers {@code GET <address>} itself (its state needs more than the fold); the kit answers the history. */
        public Builder<E, S> stateReadByService() {
            this.servesState = false;
            return this;
        }

        public RecordKind<E, S> build() {
            return new RecordKind<>(this);
        }
    }
}
