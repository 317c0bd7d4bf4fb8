package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.FieldError;
import cn.gov.qingyuan.plan.http.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for submissions. The first request with a key runs, and its response is stored in
 * the same PostgreSQL transaction as the events it appends, so either both are recorded or neither is. A
 * retry with the same key and the same request gets the stored response and appends nothing; the same key
 * with a different request is refused with 422. Keys belong to the submitter and the reporting unit it acted for,
 * live in the service's schema, so they survive restarts, and are forgotten after {@code plan.idempotency.retention}.
 */
final class IdempotentRequests {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String TABLE = "idempotency_keys";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    /** A response worth keeping: status, the JSON body, and the headers a retry must see again. */
    record Response(int status, Object body, String etag, String location) {
    }

    private record Stored(String fingerprint, int status, String body, String etag, String location) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    IdempotentRequests(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * Runs {@code submission} once per (owner, key).
     *
     * @param target what identifies the request besides its key and body: method and path
     */
    ResponseEntity<String> execute(String owner, String key, String target, Object request, Supplier<Response> submission) {
        if (key == null) {
            return Optional.ofNullable(transactions.execute(status -> render(submission.get(), false))).orElseThrow();
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiProblem.invalid(HEADER, "must be 1 to 200 visible ASCII characters, e.g. a UUID");
        }
        String fingerprint = sha256(target + "\n" + write(request));
        try {
            return transactions.execute(status -> {
                Optional<Stored> earlier = find(owner, key);
                if (earlier.isPresent()) {
                    return replay(earlier.get(), fingerprint);
                }
                Response response = submission.get();
                String body = write(response.body());
                jdbc.update("insert into " + TABLE + " (owner, idempotency_key, fingerprint, status, body, etag, location)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", owner, key, fingerprint, response.status(), body, response.etag(), response.location());
                return render(response.status(), body, response.etag(), response.location(), false);
            });
        } catch (DuplicateKeyException concurrentFirstUse) {
            // Another request with this key committed first; this one's events were rolled back with its key row.
            return replay(find(owner, key).orElseThrow(), fingerprint);
        }
    }

    private ResponseEntity<String> replay(Stored earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new ApiProblem(ProblemType.IDEMPOTENCY_KEY_REUSED, List.of(new FieldError(HEADER,
                    "was used before for a different request; use a new key for a new request")));
        }
        return render(earlier.status(), earlier.body(), earlier.etag(), earlier.location(), true);
    }

    private Optional<Stored> find(String owner, String key) {
        return jdbc.query("select fingerprint, status, body, etag, location from " + TABLE + " where owner = ? and idempotency_key = ?",
                (row, n) -> new Stored(row.getString(1), row.getInt(2), row.getString(3), row.getString(4), row.getString(5)),
                owner, key).stream().findFirst();
    }

    private ResponseEntity<String> render(Response response, boolean replayed) {
        return render(response.status(), write(response.body()), response.etag(), response.location(), replayed);
    }

    private static ResponseEntity<String> render(int status, String body, String etag, String location, boolean replayed) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (etag != null) {
            builder.eTag(etag);
        }
        if (location != null) {
            builder.header(HttpHeaders.LOCATION, location);
        }
        if (replayed) {
            builder.header(REPLAYED, "true");
        }
        return builder.body(body);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the response as JSON", e);
        }
    }

    /**
     * Creates the keys' table in the service's schema (after the event store created the schema). {@code IF NOT EXISTS}
     * is not safe against a second instance doing the same at the same moment (PostgreSQL then fails on its catalogue's
     * unique keys), so instances take turns under the advisory lock the event store's tables are created under.
     */
    void createTable(String schema) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                String lock = "hashtext('plan-event-store:" + schema + "')";
                statement.execute("SELECT pg_advisory_lock(" + lock + ")");
                try {
                    statement.execute("CREATE TABLE IF NOT EXISTS " + schema + "." + TABLE + " ("
                            + "owner VARCHAR(400) NOT NULL, idempotency_key VARCHAR(200) NOT NULL, fingerprint CHAR(64) NOT NULL,"
                            + " status INT NOT NULL, body TEXT NOT NULL, etag VARCHAR(40), location VARCHAR(300),"
                            + " created_at TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (owner, idempotency_key))");
                    // Owners became (subject, unit): tables made before that hold only the subject, in at most 200 characters.
                    // Altered only then: ALTER TABLE locks out the running instances' writes, even when nothing changes.
                    statement.execute("DO $$ BEGIN IF (SELECT character_maximum_length FROM information_schema.columns WHERE table_schema = '"
                            + schema + "' AND table_name = '" + TABLE + "' AND column_name = 'owner') < 400 THEN ALTER TABLE " + schema + "."
                            + TABLE + " ALTER COLUMN owner TYPE VARCHAR(400); END IF; END $$");
                } finally {
                    statement.execute("SELECT pg_advisory_unlock(" + lock + ")");
                }
            }
            return null;
        });
    }

    /** Forgets keys older than {@code retention}: a retry after that is a new submission. Answers how many were forgotten. */
    int purge(Duration retention) {
        return jdbc.update("delete from " + TABLE + " where created_at < now() - make_interval(secs => ?)", (double) retention.toSeconds());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
