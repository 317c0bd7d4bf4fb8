package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.testkit.TestStack;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idempotency keys' table on real PostgreSQL: created by instances starting together, widened from the shape it had
 * before owners named the unit, keys forgotten after the retention and kept before it, and owned per subject and unit.
 */
class IdempotencyKeysTableTest {

    private final String schema = TestStack.uniqueName("keys");
    private final JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
            TestStack.get().postgresUrl() + (TestStack.get().postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema,
            TestStack.get().postgresUser(), TestStack.get().postgresPassword()));
    private final IdempotentRequests keys = new IdempotentRequests(jdbc,
            new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource())), new ObjectMapper());

    private void key(String owner, String key, int daysAgo) {
        jdbc.update("insert into " + IdempotentRequests.TABLE + " (owner, idempotency_key, fingerprint, status, body, created_at)"
                + " values (?, ?, ?, 201, '{}', now() - make_interval(days => ?))", owner, key, "f".repeat(64), daysAgo);
    }

    private List<String> remaining() {
        return jdbc.queryForList("select idempotency_key from " + IdempotentRequests.TABLE + " order by idempotency_key", String.class);
    }

    @Test
    void keysOlderThanTheRetentionAreForgottenAndYoungerOnesKept() {
        jdbc.execute("create schema " + schema);
        keys.createTable(schema);
        keys.createTable(schema);
        key("li.wei county:yingde", "a-31-days", 31);
        key("li.wei county:yingde", "b-29-days", 29);
        key("li.wei county:qingcheng", "c-today", 0);

        assertThat(keys.purge(Duration.ofDays(30))).isEqualTo(1);
        assertThat(remaining()).containsExactly("b-29-days", "c-today");
        assertThat(keys.purge(Duration.ofDays(30))).isZero();
        assertThat(keys.purge(Duration.ofDays(1))).isEqualTo(1);
        assertThat(remaining()).containsExactly("c-today");
    }

    @Test
    void theSameKeyMayBeUsedByOneSubjectForTwoUnits() {
        jdbc.execute("create schema " + schema);
        keys.createTable(schema);
        key("li.wei county:yingde", "k", 0);
        key("li.wei county:qingcheng", "k", 0);
        assertThat(remaining()).containsExactly("k", "k");
    }

    @Test
    void instancesStartingTogetherAllFindTheTable() throws Exception {
        jdbc.execute("create schema " + schema);
        ExecutorService instances = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                started.add(instances.submit(() -> keys.createTable(schema)));
            }
            for (Future<?> instance : started) {
                instance.get(30, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }
        key("li.wei county:yingde", "k", 0);
        assertThat(remaining()).containsExactly("k");
    }

    @Test
    void aTableFromBeforeOwnersNamedTheUnitIsWidened() {
        jdbc.execute("create schema " + schema);
        jdbc.execute("create table " + schema + "." + IdempotentRequests.TABLE + " (owner VARCHAR(200) NOT NULL, idempotency_key VARCHAR(200) NOT NULL,"
                + " fingerprint CHAR(64) NOT NULL, status INT NOT NULL, body TEXT NOT NULL, etag VARCHAR(40), location VARCHAR(300),"
                + " created_at TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (owner, idempotency_key))");
        keys.createTable(schema);
        assertThat(jdbc.queryForObject("select character_maximum_length from information_schema.columns where table_schema = ?"
                + " and table_name = ? and column_name = 'owner'", Integer.class, schema, IdempotentRequests.TABLE)).isEqualTo(400);
    }
}
