package cn.gov.qingyuan.plan.http;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule a token must pass, one claim wrong at a time; the services' security suite tries them over HTTP. */
class TokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private final OAuth2TokenValidator<Jwt> rules = new TokenRules("qingyuan-plan-local", "qingyuan-plan", Duration.ofHours(12),
            Duration.ofSeconds(60), Clock.fixed(NOW, ZoneOffset.UTC)).validator();

    @Test
    void aSoundTokenPasses() {
        assertThat(refusal(jwt -> jwt)).isNull();
        assertThat(refusal(jwt -> jwt.claim("role", "monitor").claims(claims -> claims.remove("org")))).isNull();
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertThat(refusal(jwt -> jwt.claims(claims -> claims.remove("exp")))).contains("no expiry (exp)");
    }

    @Test
    void aTokenLivingLongerThanTheBoundIsRefused() {
        assertThat(refusal(jwt -> jwt.expiresAt(NOW.plus(Duration.ofDays(365))))).contains("longer than the PT12H");
        assertThat(refusal(jwt -> jwt.issuedAt(NOW.minus(Duration.ofHours(1))).expiresAt(NOW.plus(Duration.ofHours(11))))).isNull();
        assertThat(refusal(jwt -> jwt.claims(claims -> claims.remove("iat")).expiresAt(NOW.plus(Duration.ofHours(13)))))
                .as("without iat the lifetime counts from now").contains("longer than");
    }

    @Test
    void timesBeyondTheClockSkewAreRefused() {
        assertThat(refusal(jwt -> jwt.issuedAt(NOW.minusSeconds(3600)).expiresAt(NOW.minusSeconds(30)))).as("within the skew").isNull();
        assertThat(refusal(jwt -> jwt.issuedAt(NOW.minusSeconds(3600)).expiresAt(NOW.minusSeconds(90)))).contains("expired");
        assertThat(refusal(jwt -> jwt.notBefore(NOW.plusSeconds(120)))).contains("used before");
    }

    @Test
    void anotherIssuerIsRefused() {
        assertThat(refusal(jwt -> jwt.issuer("https://elsewhere.example"))).contains("iss");
    }

    @Test
    void anotherOrNoAudienceIsRefused() {
        assertThat(refusal(jwt -> jwt.audience(List.of("another-platform")))).contains("[another-platform] does not include 'qingyuan-plan'");
        assertThat(refusal(jwt -> jwt.claims(claims -> claims.remove("aud")))).contains("audience (aud) is missing");
        assertThat(refusal(jwt -> jwt.audience(List.of("another-platform", "qingyuan-plan")))).isNull();
    }

    @Test
    void aMissingOrUnknownRoleIsRefused() {
        assertThat(refusal(jwt -> jwt.claims(claims -> claims.remove("role")))).contains("no role claim");
        assertThat(refusal(jwt -> jwt.claim("role", "superuser"))).contains("'superuser' is not one of");
        assertThat(refusal(jwt -> jwt.claims(claims -> claims.remove("org")))).contains("must name its reporting unit");
    }

    private String refusal(UnaryOperator<Jwt.Builder> change) {
        Jwt.Builder sound = Jwt.withTokenValue("token").header("alg", "RS256").issuer("qingyuan-plan-local").audience(List.of("qingyuan-plan"))
                .subject("chen.jing").issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plus(Duration.ofHours(1)))
                .claim("role", "reporter").claim("org", "county:yingde");
        var result = rules.validate(change.apply(sound).build());
        return result.hasErrors() ? result.getErrors().stream().map(OAuth2Error::getDescription).toList().toString() : null;
    }
}
