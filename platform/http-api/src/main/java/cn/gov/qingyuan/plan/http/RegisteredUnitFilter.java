package cn.gov.qingyuan.plan.http;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Refuses, with 403 and before anything else is read, a verified token whose reporting unit ({@code org}) the
 * reference data does not know: a county that does not exist, a park not in {@code parks.csv}, a bureau not in
 * {@code bureaus.csv}. The token itself is sound (it passed {@link TokenRules}); its holder may not act for that unit.
 */
final class RegisteredUnitFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    RegisteredUnitFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            String org = jwt.getClaimAsString(Submitter.ORGANISATION_CLAIM);
            String refusal = org == null ? null : refusal(org);
            if (refusal != null) {
                response.setStatus(ProblemType.FORBIDDEN.status().value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(response.getOutputStream(), Problems.body(ProblemType.FORBIDDEN, List.of(new FieldError("Authorization", refusal))));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String refusal(String org) {
        try {
            ReportingUnit unit = ReportingUnit.parse(org);
            return unit.registered() ? null
                    : "the token's reporting unit '" + org + "' is not a registered " + unit.kind().name().toLowerCase(java.util.Locale.ROOT)
                      + " (see the reference data: parks.csv, bureaus.csv)";
        } catch (IllegalArgumentException e) {
            return "the token's reporting unit is not one: " + e.getMessage();
        }
    }
}
