package cn.gov.qingyuan.plan.views.facts;

import org.bson.Document;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * A monthly report as first submitted (revisions and corrections do not change when it came in).
 *
 * @param kind which report: one of the kinds below
 * @param unit who owes it: {@code county:<code>}, {@code park:<id>} or {@code project:<id>}
 */
public record Submission(String kind, String unit, String county, YearMonth month, LocalDate reportedOn, boolean late) {

    public static final String STATISTICAL_RETURN = "statistical-return";
    public static final String ENERGY_RETURN = "energy-return";
    public static final String PARK_FIGURES = "park-figures";
    public static final String PROJECT_INVESTMENT = "project-investment";
    public static final String RETROFIT_INVESTMENT = "retrofit-investment";
    /** Projects report only while they invest: on time or late, never missing. */
    public static final Set<String> PROJECT_REPORTS = Set.of(PROJECT_INVESTMENT, RETROFIT_INVESTMENT);

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

    /** One report per kind, unit and month. */
    public String key() {
        return key(kind, unit, month);
    }

    public static String key(String kind, String unit, YearMonth month) {
        return kind + "|" + unit + "|" + month;
    }
}
