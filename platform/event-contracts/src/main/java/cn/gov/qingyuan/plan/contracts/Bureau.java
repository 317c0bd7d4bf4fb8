package cn.gov.qingyuan.plan.contracts;

import java.util.Set;

/** A city bureau that may act as a reporting unit ({@code bureau:<code>}), and the domains it reports in. */
public record Bureau(String code, String chineseName, String englishName, Set<ReportingDomain> domains) {

    public Bureau {
        domains = Set.copyOf(domains);
    }

    public boolean reportsIn(ReportingDomain domain) {
        return domains.contains(domain);
    }
}
