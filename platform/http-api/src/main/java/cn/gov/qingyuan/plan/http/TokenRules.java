package cn.gov.qingyuan.plan.http;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a bearer token must carry to be accepted, in both key modes: an expiry ({@code exp}), a lifetime no longer than
 * {@code maxLifetime}, times within {@code clockSkew} of this server's, the expected issuer ({@code iss}), this
 * platform as its audience ({@code aud}), a known role, and a reporting unit when the role is reporter. A token that
 * fails any of them is a 401 naming the rule.
 */
record TokenRules(String issuer, String audience, Duration maxLifetime, Duration clockSkew, Clock clock) {

    OAuth2TokenValidator<Jwt> validator() {
        JwtTimestampValidator times = new JwtTimestampValidator(clockSkew);
        times.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(List.of(this::expiryAndLifetime, times, new JwtIssuerValidator(issuer),
                this::audience, TokenRules::roleAndUnit));
    }

    private OAuth2TokenValidatorResult expiryAndLifetime(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        if (expires == null) {
            return failure("the token has no expiry (exp): tokens that never expire are not accepted");
        }
        Instant issued = jwt.getIssuedAt() != null ? jwt.getIssuedAt() : clock.instant();
        Duration lifetime = Duration.between(issued, expires);
        if (lifetime.compareTo(maxLifetime.plus(clockSkew)) > 0) {
            return failure("the token is valid for " + lifetime + " (iat to exp), longer than the " + maxLifetime + " this platform accepts");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private OAuth2TokenValidatorResult audience(Jwt jwt) {
        List<String> audiences = jwt.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            return failure("the token's audience (aud) " + (audiences == null ? "is missing" : audiences + " does not include")
                    + " '" + audience + "'");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult roleAndUnit(Jwt jwt) {
        String role = jwt.getClaimAsString(Submitter.ROLE_CLAIM);
        if (role == null) {
            return failure("the token has no role claim");
        }
        try {
            if (Role.parse(role) == Role.REPORTER && jwt.getClaimAsString(Submitter.ORGANISATION_CLAIM) == null) {
                return failure("a reporter's token must name its reporting unit (org claim)");
            }
        } catch (IllegalArgumentException e) {
            return failure(e.getMessage());
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
