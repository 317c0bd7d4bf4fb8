package cn.gov.qingyuan.plan.views.facts;

/**
 * A raw series the events report, in the events' own unit (万元, count, kW, tonnes, tonnes of coal equivalent).
 * Indicators are computed from measures; {@link Kind} says how a measure's facts add up.
 */
public enum Measure {
    INDUSTRIAL_INVESTMENT(Kind.MONTHLY_FLOW),
    RETROFIT_INVESTMENT(Kind.MONTHLY_FLOW),
    PARK_FIXED_ASSET_INVESTMENT(Kind.MONTHLY_FLOW),
    ABOVE_SCALE_VALUE_ADDED(Kind.YEAR_TO_DATE),
    ADVANCED_MANUFACTURING_VALUE_ADDED(Kind.YEAR_TO_DATE),
    HIGH_TECH_VALUE_ADDED(Kind.YEAR_TO_DATE),
    INDUSTRIAL_VALUE_ADDED(Kind.YEAR_TO_DATE),
    PATENTS_GRANTED(Kind.YEAR_TO_DATE),
    ENTERPRISES_OVER_1_BILLION_REVENUE(Kind.STOCK),
    IT_INDUSTRIALISATION_PILOTS(Kind.YEAR_TO_DATE),
    IT_INDUSTRIALISATION_CERTIFIED(Kind.YEAR_TO_DATE),
    IT_INDUSTRIALISATION_ASSESSED(Kind.YEAR_TO_DATE),
    ABOVE_SCALE_ENTERPRISES(Kind.STOCK),
    ENTERPRISES_WITH_RD_INSTITUTION(Kind.STOCK),
    TECHNOLOGY_CENTRES_AND_LABS(Kind.STOCK),
    PARK_VALUE_ADDED(Kind.YEAR_TO_DATE),
    PARK_ABOVE_SCALE_VALUE_ADDED(Kind.YEAR_TO_DATE),
    ENERGY_CONSUMPTION(Kind.YEAR_TO_DATE),
    SO2_EMISSIONS(Kind.YEAR_TO_DATE),
    COD_EMISSIONS(Kind.YEAR_TO_DATE),
    NOX_EMISSIONS(Kind.YEAR_TO_DATE),
    AMMONIA_NITROGEN_EMISSIONS(Kind.YEAR_TO_DATE),
    RETROFITTED_ENTERPRISES(Kind.DISTINCT_PER_YEAR),
    RETROFITTED_ENTERPRISES_REVENUE_50M(Kind.DISTINCT_PER_YEAR),
    SMART_RETROFIT_ENTERPRISES(Kind.DISTINCT_PER_YEAR),
    SMART_PRODUCTION_ENTERPRISES(Kind.DISTINCT_PER_YEAR),
    CLEAN_PRODUCTION_AUDITS(Kind.DISTINCT_PER_YEAR),
    CIRCULAR_RETROFIT_PARKS(Kind.DISTINCT_PER_YEAR),
    ENERGY_MANAGEMENT_PLATFORMS(Kind.DISTINCT_PER_YEAR),
    MONITORING_CONNECTED_ENTERPRISES(Kind.DISTINCT_CUMULATIVE),
    MOTOR_UPGRADE_KW(Kind.EVENT_FLOW);

    /** How the facts of a measure make one figure for a scope and a span of months. */
    public enum Kind {
        /** One fact per reporter and month: the months add up. No report at all is "no data". */
        MONTHLY_FLOW,
        /** One fact per reporter and month, cumulative since January: a reporter's latest month in the year is its year so far. */
        YEAR_TO_DATE,
        /** One fact per reporter and month, a level at the month's end: a reporter's latest month is its level. */
        STOCK,
        /** One fact per completion: members (enterprises, parks) counted once per year of completion; none is zero. */
        DISTINCT_PER_YEAR,
        /** One fact per member: members counted once, cumulatively up to the period's end; none is zero. */
        DISTINCT_CUMULATIVE,
        /** One fact per completion with an amount: amounts of completions in the span add up; none is zero. */
        EVENT_FLOW;

        public boolean zeroWhenNothingReported() {
            return this == DISTINCT_PER_YEAR || this == DISTINCT_CUMULATIVE || this == EVENT_FLOW;
        }
    }

    private final Kind kind;

    Measure(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
