package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.testkit.TestStack;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency keys on real PostgreSQL: forgotten after the retention, kept before it, and owned per subject and unit. */
class IdempotencyRetentionTest {

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
}
