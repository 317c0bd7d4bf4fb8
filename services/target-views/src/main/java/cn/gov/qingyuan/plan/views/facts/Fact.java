package cn.gov.qingyuan.plan.views.facts;

import org.bson.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One reported figure of a measure: what {@code member} (a project, county, park, enterprise ...) of {@code county}
 * reported for {@code month}, or completed in it.
 *
 * @param value      null when the reporter left the figure out (a return may omit figures it does not publish)
 * @param recordedAt when the producer's store recorded the event that made it (the investment detail view's
 *                   {@code updatedAt}); null for facts recorded before it was kept
 */
public record Fact(Measure measure, String county, String member, YearMonth month, BigDecimal value, Instant recordedAt) {

    Document toDocument() {
        return new Document("measure", measure.name()).append("county", county).append("member", member)
                .append("month", month.toString()).append("value", value == null ? null : value.toPlainString())
                .append("recordedAt", recordedAt == null ? null : recordedAt.toString());
    }

    static Fact fromDocument(Document stored) {
        String value = stored.getString("value");
        String recordedAt = stored.getString("recordedAt");
        return new Fact(Measure.valueOf(stored.getString("measure")), stored.getString("county"), stored.getString("member"),
                YearMonth.parse(stored.getString("month")), value == null ? null : new BigDecimal(value),
                recordedAt == null ? null : Instant.parse(recordedAt));
    }
}
