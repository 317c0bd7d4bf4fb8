package cn.gov.qingyuan.plan.views.facts;

import org.bson.Document;

/**
 * An industrial project as registered, for the investment detail view's projects by stage. Only {@code county} is
 * known of a project whose milestone arrived before its registration.
 *
 * @param plannedInvestmentYuan in whole yuan (exact: events carry 万元 with at most two decimals)
 */
public record Project(String id, String county, String enterprise, String industry, String parkId, Long plannedInvestmentYuan,
                      Boolean advancedManufacturing, Boolean highTech) {

    static Project placeholder(String id, String county) {
        return new Project(id, county, null, null, null, null, null, null);
    }

    Document toDocument() {
        return new Document("county", county).append("enterprise", enterprise).append("industry", industry).append("parkId", parkId)
                .append("plannedInvestmentYuan", plannedInvestmentYuan).append("advancedManufacturing", advancedManufacturing)
                .append("highTech", highTech);
    }

    static Project fromDocument(Document stored) {
        Number planned = stored.get("plannedInvestmentYuan", Number.class);
        return new Project(stored.getString("_id"), stored.getString("county"), stored.getString("enterprise"), stored.getString("industry"),
                stored.getString("parkId"), planned == null ? null : planned.longValue(), stored.getBoolean("advancedManufacturing"),
                stored.getBoolean("highTech"));
    }
}
