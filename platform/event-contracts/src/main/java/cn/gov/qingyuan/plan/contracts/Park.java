package cn.gov.qingyuan.plan.contracts;

/** An industrial park or park zone named by the plan (section 2.3), with the county that hosts it. */
public record Park(String id, String chineseName, String englishName, County hostCounty) {
}
