package cn.gov.qingyuan.plan.views.indicators;

import org.bson.Document;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A monthly report as first submitted (revisions and corrections do not change when it came in).
 *
 * @param kind which report: statistical-return, energy-return, park-figures, project-investment, retrofit-investment
 * @param unit who owes it: {@code county:<code>}, {@code park:<id>} or {@code project:<id>}
 */
record Submission(String kind, String unit, String county, YearMonth month, LocalDate reportedOn, boolean late) {

    Document toDocument() {
        return new Document("kind", kind).append("unit", unit).append("county", county).append("month", month.toString())
                .append("reportedOn", reportedOn == null ? null : reportedOn.toString()).append("late", late);
    }

    static Submission fromDocument(Document stored) {
        String reportedOn = stored.getString("reportedOn");
        return new Submission(stored.getString("kind"), stored.getString("unit"), stored.getString("county"),
                YearMonth.parse(stored.getString("month")), reportedOn == null ? null : LocalDate.parse(reportedOn),
                Boolean.TRUE.equals(stored.getBoolean("late")));
    }

    String key() {
        return kind + "|" + unit + "|" + month;
    }
}
