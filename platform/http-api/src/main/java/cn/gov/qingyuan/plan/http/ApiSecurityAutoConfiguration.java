package cn.gov.qingyuan.plan.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Every API requires a signed bearer token (OAuth2 resource server, JWT). Tokens are verified either against
 * an OpenID issuer ({@code JWT_ISSUER_URI}) or against the local issuer's public key
 * ({@code JWT_PUBLIC_KEY_LOCATION}, what {@code make run} and the tests use), and in both modes must pass
 * {@link TokenRules} (expiry, bounded lifetime, issuer, audience, role). The token's {@code role} claim becomes the
 * request's authority; {@code org} names the reporting unit, which must be registered ({@link RegisteredUnitFilter}).
 * Health answers anyone with its status only; its details, metrics and Prometheus need the operator role, or arrive on
 * the management port ({@code MANAGEMENT_SERVER_PORT}, bound to loopback) where no token is asked. The OpenAPI
 * documents stay open, and so do the static paths a service lists in {@code plan.http.public-paths} (a dashboard's
 * page and scripts, which fetch the data with the user's token). Refusals are problem+json like every other error.
 */
@AutoConfiguration(before = org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
public class ApiSecurityAutoConfiguration {

    private static final String SEND_A_TOKEN = "send 'Authorization: Bearer <token>' with a valid, unexpired token";

    @Bean
    JwtDecoder jwtDecoder(@Value("${plan.security.jwt.issuer-uri:}") String issuerUri,
                          @Value("${plan.security.jwt.public-key-location:}") String publicKeyLocation,
                          @Value("${plan.security.jwt.issuer:qingyuan-plan-local}") String localIssuer,
                          @Value("${plan.security.jwt.audience:qingyuan-plan}") String audience,
                          @Value("${plan.security.jwt.max-lifetime:PT12H}") Duration maxLifetime,
                          @Value("${plan.security.jwt.clock-skew:PT60S}") Duration clockSkew) {
        NimbusJwtDecoder decoder;
        String issuer;
        if (!issuerUri.isBlank()) {
            decoder = NimbusJwtDecoder.withIssuerLocation(issuerUri).build();
            issuer = issuerUri;
        } else if (!publicKeyLocation.isBlank()) {
            decoder = NimbusJwtDecoder.withPublicKey(publicKey(publicKeyLocation)).build();
            issuer = localIssuer;
        } else {
            throw new IllegalStateException("Set JWT_ISSUER_URI (an OpenID issuer) or JWT_PUBLIC_KEY_LOCATION (the local issuer's public key)");
        }
        decoder.setJwtValidator(new TokenRules(issuer, audience, maxLifetime, clockSkew, Clock.systemUTC()).validator());
        return decoder;
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json,
                                    @Value("${plan.http.public-paths:}") String[] publicPaths,
                                    @Value("${management.server.port:-1}") int managementPort) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> problem(response, json, ProblemType.UNAUTHENTICATED,
                "Authorization", reason(e));
        AccessDeniedHandler forbidden = (request, response, e) -> problem(response, json, ProblemType.FORBIDDEN,
                "Authorization", "this token's role may not do this");
        RequestMatcher onManagementPort = request -> managementPort > 0 && request.getLocalPort() == managementPort;
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(onManagementPort).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.OPERATOR.name())
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers(publicPaths.length == 0 ? new String[] {"/error"} : publicPaths).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(ApiSecurityAutoConfiguration::authentication))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .addFilterAfter(new RegisteredUnitFilter(json), BearerTokenAuthenticationFilter.class)
                .build();
    }

    /** The role alone: the validator has checked it, and the reporting unit is checked next, with a 403. */
    private static AbstractAuthenticationToken authentication(Jwt jwt) {
        Role role = Role.parse(jwt.getClaimAsString(Submitter.ROLE_CLAIM));
        return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority(role.authority())), jwt.getSubject());
    }

    /** Why a token was refused, when it was one: the rule it broke, without the decoder's preamble. */
    private static String reason(AuthenticationException e) {
        if (e instanceof InvalidBearerTokenException invalid && invalid.getMessage() != null) {
            String message = invalid.getMessage();
            int colon = message.indexOf("Jwt: ");
            return SEND_A_TOKEN + ": " + (colon >= 0 ? message.substring(colon + 5) : message);
        }
        return SEND_A_TOKEN;
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, ProblemType type, String field, String reason) throws IOException {
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.body(type, List.of(new FieldError(field, reason))));
    }

    private static RSAPublicKey publicKey(String location) {
        try (InputStream pem = new DefaultResourceLoader().getResource(location).getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token verification key at " + location, e);
        }
    }
}
