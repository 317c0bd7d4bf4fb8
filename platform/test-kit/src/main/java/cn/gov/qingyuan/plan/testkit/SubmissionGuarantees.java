package cn.gov.qingyuan.plan.testkit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The guarantees every submission of every command service keeps, through real HTTP on real PostgreSQL: identity,
 * role and reporting unit, idempotency keys, optimistic concurrency, and malformed or oversized bodies. Every
 * refused request is checked to write nothing. A service's test extends this and declares one kind of record:
 * how to create a new one and how to change it.
 */
@StackTest
public abstract class SubmissionGuarantees {

    /** One HTTP request of the service's API. */
    public record Call(String method, String path, String body) {

        public static Call post(String path, String body) {
            return new Call("POST", path, body);
        }

        public static Call put(String path, String body) {
            return new Call("PUT", path, body);
        }

        Call withBody(String otherBody) {
            return new Call(method, path, otherBody);
        }
    }

    @Autowired
    protected ServiceUnderTest service;
    @Value("${plan.http.max-body-bytes:65536}")
    int maxBodyBytes;

    protected final String writerRole;
    protected final String unit;
    protected final String outsideUnit;

    /**
     * @param writerRole  the role that writes these records ({@code reporter}, {@code planner})
     * @param unit        the unit the writer acts for ({@code county:yingde}); null for a writer without one (planners)
     * @param outsideUnit a unit that does not cover the records {@link #create()} makes; null when the writer has no unit
     */
    protected SubmissionGuarantees(String writerRole, String unit, String outsideUnit) {
        this.writerRole = writerRole;
        this.unit = unit;
        this.outsideUnit = outsideUnit;
    }

    /** A reporter of {@code unit}, whose records {@code outsideUnit} does not cover. */
    protected SubmissionGuarantees(String unit, String outsideUnit) {
        this("reporter", unit, outsideUnit);
    }

    /** A request creating a record no earlier call created (each call a new one), for {@link #unit}. */
    protected abstract Call create();

    /** A request changing the record {@code created} answered for; valid once, at the record's first version. */
    protected abstract Call change(HttpResult created);

    private Http writer;

    @BeforeEach
    void writer() {
        writer = service.as(writerRole, unit);
    }

    private HttpResult send(Http http, Call call, Map<String, String> headers) {
        return http.send(call.method(), call.path(), "application/json", call.body(), headers);
    }

    private HttpResult created() {
        HttpResult created = send(writer, create(), Map.of());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created;
    }

    protected long storedEvents() {
        return service.storedEvents();
    }

    @Test
    void noTokenOrABadOneIs401AndWritesNothing() {
        long before = storedEvents();
        Call call = create();
        assertRefused(send(writer.as(null), call, Map.of()), 401, "unauthenticated", "Authorization");
        assertRefused(send(writer.as("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"), call, Map.of()), 401, "unauthenticated", "Authorization");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anotherRoleIs403AndWritesNothing() {
        long before = storedEvents();
        String other = writerRole.equals("monitor") ? "auditor" : "monitor";
        assertRefused(send(service.as(other, unit), create(), Map.of()), 403, "forbidden", "Authorization");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aUnitThatDoesNotCoverTheRecordIs403AndWritesNothing() {
        assumeTrue(outsideUnit != null, "this record's writers act citywide");
        HttpResult created = created();
        Http outsider = service.as(writerRole, outsideUnit);
        long before = storedEvents();
        assertRefused(send(outsider, create(), Map.of()), 403, "forbidden", "Authorization");
        HttpResult change = send(outsider, change(created), Map.of());
        assertRefused(change, 403, "forbidden", "Authorization");
        assertThat(change.text()).doesNotContain(created.json().get("id").asText() + "\",\"version");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndWritesNothingMore() {
        Call call = create();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        long before = storedEvents();
        HttpResult first = send(writer, call, key);
        HttpResult retry = send(writer, call, key);
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        long afterCreate = storedEvents();
        assertThat(afterCreate).isGreaterThan(before);

        Map<String, String> changeKey = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        HttpResult changed = send(writer, change(first), changeKey);
        HttpResult changedAgain = send(writer, change(first), changeKey);
        assertThat(changed.status()).as(changed.text()).isEqualTo(201);
        assertThat(changedAgain.status()).as("a plain repeat could be refused; the key makes it a replay").isEqualTo(201);
        assertThat(changedAgain.json()).isEqualTo(changed.json());
        assertThat(storedEvents()).isGreaterThan(afterCreate);
        long afterChange = storedEvents();
        send(writer, change(first), changeKey);
        assertThat(storedEvents()).isEqualTo(afterChange);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWritesNothing() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(send(writer, create(), key).status()).isEqualTo(201);
        long before = storedEvents();
        Call another = create();
        assertRefused(send(writer, another, key), 422, "idempotency-key-reused", "Idempotency-Key");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aKeyIsOwnedBySubjectAndUnit_theSameSubjectForAnotherUnitGetsNoReplay() {
        assumeTrue(outsideUnit != null, "this record's writers act citywide");
        Call call = create();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String subject = "shared.subject." + UUID.randomUUID();
        HttpResult mine = send(writer.as(TestStack.issuer().token(subject, writerRole, unit, java.time.Duration.ofMinutes(5))), call, key);
        assertThat(mine.status()).as(mine.text()).isEqualTo(201);
        long before = storedEvents();
        HttpResult elsewhere = send(writer.as(TestStack.issuer().token(subject, writerRole, outsideUnit, java.time.Duration.ofMinutes(5))),
                call, key);
        assertRefused(elsewhere, 403, "forbidden", "Authorization");
        assertThat(elsewhere.header("Idempotent-Replayed")).isNull();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aChangeOnAStaleVersionIs409WithTheCurrentVersionAndWritesNothing() {
        HttpResult created = created();
        HttpResult current = send(writer, change(created), Map.of("If-Match", created.header("ETag")));
        assertThat(current.status()).as(current.text()).isEqualTo(201);
        String now = current.header("ETag");
        long before = storedEvents();
        HttpResult stale = send(writer, change(created), Map.of("If-Match", created.header("ETag")));
        assertRefused(stale, 409, "conflict", "If-Match");
        assertThat(stale.header("ETag")).isEqualTo(now);
        assertThat("\"" + stale.json().get("currentVersion").asLong() + "\"").isEqualTo(now);
        assertRefused(send(writer, change(created), Map.of("If-Match", "version one")), 400, "invalid-field", "If-Match");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anOversizedBodyIs413AndWritesNothing() {
        long before = storedEvents();
        assertRefused(send(writer, create().withBody(Http.json("padding", "E".repeat(maxBodyBytes + 1))), Map.of()), 413, "payload-too-large", "body");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Call call = create();
        long before = storedEvents();
        HttpResult text = writer.send(call.method(), call.path(), "text/plain", call.body(), Map.of());
        assertRefused(text, 415, "unsupported-media-type", "Content-Type");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldIs400NamingIt() {
        Call call = create();
        String body = call.body().replaceFirst("\\{", "{\"surpriseField\":1,");
        long before = storedEvents();
        assertRefused(send(writer, call.withBody(body), Map.of()), 400, "unknown-field", "surpriseField");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void malformedJsonIs400() {
        long before = storedEvents();
        assertRefused(send(writer, create().withBody("{\"oops\": "), Map.of()), 400, "malformed-json", "body");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aJsonArrayIs400WithoutInternalNames() {
        long before = storedEvents();
        HttpResult array = send(writer, create().withBody("[1, 2]"), Map.of());
        assertRefused(array, 400, "malformed-json", "body");
        assertThat(array.text()).doesNotContain("cn.gov").doesNotContain("java.").doesNotContain("Request`").doesNotContain("$");
        assertThat(storedEvents()).isEqualTo(before);
    }

    /**
     * A refusal as every API answers it: problem+json of this status and {@code type}, naming a field.
     *
     * @param reason a fragment of the problem's field or reason
     */
    protected static void assertRefused(HttpResult result, int status, String type, String reason) {
        assertThat(result.status()).as(result.text()).isEqualTo(status);
        assertThat(result.contentType()).startsWith("application/problem+json");
        assertThat(result.json().get("type").asText()).as(result.text()).isEqualTo("urn:qingyuan-plan:problem:" + type);
        assertThat(result.json().get("field")).as(result.text()).isNotNull();
        assertThat(result.json().get("field").asText() + " " + result.json().get("reason").asText()).as(result.text()).contains(reason);
    }
}
