package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.ChainLink;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

/**
 * Each event's link in the chain, read when it is published: the link travels on its Kafka record with what a
 * consumer needs to check it against the record's own payload (the previous link, the header's and the metadata's
 * digests).
 */
class ChainLinks {

    /** What the record carries of its event's link. */
    record Published(long position, String previous, String headerDigest, String metadataDigest, String link) {
    }

    private final JdbcTemplate jdbc;

    ChainLinks(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    Optional<Published> of(String eventId) {
        List<Published> found = jdbc.query("SELECT c.position, p.link AS previous, c.header_digest, c.metadata_digest, c.link FROM "
                        + EventChain.TABLE + " c LEFT JOIN " + EventChain.TABLE + " p ON p.position = c.position - 1 WHERE c.event_identifier = ?",
                (row, n) -> new Published(row.getLong(1), row.getString(2) == null ? ChainLink.ORIGIN : row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5)), eventId);
        return found.stream().findFirst();
    }
}
