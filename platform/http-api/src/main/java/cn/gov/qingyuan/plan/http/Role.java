package cn.gov.qingyuan.plan.http;

import java.util.Locale;

/**
 * What a token allows: reporters submit for their reporting unit, monitors read views, auditors read history, planners
 * set targets, operators run the platform (rebuild the read models).
 */
public enum Role {
    REPORTER, MONITOR, AUDITOR, PLANNER, OPERATOR;

    public static Role parse(String claim) {
        try {
            return valueOf(claim.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("role '" + claim + "' is not one of reporter, monitor, auditor, planner, operator", e);
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
