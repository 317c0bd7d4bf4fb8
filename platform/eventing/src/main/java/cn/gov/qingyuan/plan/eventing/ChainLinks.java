package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.eventing.Integrity.Head;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

/** Each event's link in the chain, read when it is published: the link travels on its Kafka record. */
class ChainLinks {

    private final JdbcTemplate jdbc;

    ChainLinks(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    Optional<Head> of(String eventId) {
        List<Head> found = jdbc.query("SELECT position, link FROM " + EventChain.TABLE + " WHERE event_identifier = ?",
                (row, n) -> new Head(row.getLong(1), row.getString(2)), eventId);
        return found.stream().findFirst();
    }
}
