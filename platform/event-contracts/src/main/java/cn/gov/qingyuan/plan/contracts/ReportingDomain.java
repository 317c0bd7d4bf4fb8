package cn.gov.qingyuan.plan.contracts;

import java.util.Locale;

/**
 * What a submission reports on, in the plan's own division of the work. Each kind of record belongs to one; a city
 * bureau may report only in the domains the registry ({@link Bureaus}) gives it. Counties and park committees report
 * in every domain, for what lies in their county or park.
 */
public enum ReportingDomain {
    /** Industrial projects and their milestones and investment (action 4). */
    INDUSTRIAL_PROJECTS,
    /** Technical-retrofit projects, smart retrofit and smart production (actions 2 and 5). */
    TECHNICAL_RETROFIT,
    /** The counties' monthly statistical returns: value added, output, R&amp;D, patents, counts (action 1). */
    INDUSTRY_STATISTICS,
    /** The parks' monthly output, investment and tax (action 3). */
    PARK_METRICS,
    /** The parks' circular-economy retrofits (action 6). */
    CIRCULAR_ECONOMY,
    /** Clean-production audits (action 6). */
    CLEAN_PRODUCTION,
    /** Energy saving: motor upgrades, online energy monitoring, energy management platforms (action 6). */
    ENERGY_SAVING,
    /** The counties' energy and emission returns: energy use, SO2, COD, NOx, NH3-N (action 6). */
    ENERGY_AND_EMISSIONS,
    /** The plan's indicators, targets and their split over the counties (set by planners, not reported). */
    PLAN_TARGETS;

    /** As written in {@code bureaus.csv} and in messages, e.g. {@code energy-and-emissions}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ReportingDomain parse(String label) {
        for (ReportingDomain domain : values()) {
            if (domain.label().equals(label)) {
                return domain;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a reporting domain");
    }
}
