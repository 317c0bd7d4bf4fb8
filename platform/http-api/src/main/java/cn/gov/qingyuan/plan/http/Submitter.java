package cn.gov.qingyuan.plan.http;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The person behind a request, from its verified bearer token: the token's subject, its role, and the
 * reporting unit it acts for ({@code org} claim; required for reporters).
 */
public record Submitter(String subject, Role role, ReportingUnit unit) {

    static final String ROLE_CLAIM = "role";
    static final String ORGANISATION_CLAIM = "org";

    static Submitter of(Jwt jwt) {
        Role role = Role.parse(jwt.getClaimAsString(ROLE_CLAIM));
        String org = jwt.getClaimAsString(ORGANISATION_CLAIM);
        ReportingUnit unit = org == null ? null : ReportingUnit.parse(org);
        if (role == Role.REPORTER && unit == null) {
            throw new IllegalArgumentException("a reporter's token must name its reporting unit (org claim)");
        }
        return new Submitter(jwt.getSubject(), role, unit);
    }

    /** The submitter of the request being handled; the security filter has already refused requests without one. */
    public static Submitter current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return of(jwt);
        }
        throw new IllegalStateException("No authenticated submitter for this request");
    }

    public String organisation() {
        return unit == null ? null : unit.toString();
    }
}
