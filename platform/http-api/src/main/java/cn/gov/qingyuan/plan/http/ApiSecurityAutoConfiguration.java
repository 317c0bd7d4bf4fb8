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
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

/**
 * Every API requires a signed bearer token (OAuth2 resource server, JWT). Tokens are verified either against
 * an OpenID issuer ({@code JWT_ISSUER_URI}) or against the local issuer's public key
 * ({@code JWT_PUBLIC_KEY_LOCATION}, what {@code make run} and the tests use). The token's {@code role} claim
 * becomes the request's authority; {@code org} names the reporting unit. Health, metrics and the OpenAPI
 * documents stay open, and so do the static paths a service lists in {@code plan.http.public-paths} (a dashboard's
 * page and scripts, which fetch the data with the user's token). Refusals are problem+json like every other error.
 */
@AutoConfiguration(before = org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
public class ApiSecurityAutoConfiguration {

    @Bean
    JwtDecoder jwtDecoder(@Value("${plan.security.jwt.issuer-uri:}") String issuerUri,
                          @Value("${plan.security.jwt.public-key-location:}") String publicKeyLocation,
                          @Value("${plan.security.jwt.issuer:qingyuan-plan-local}") String localIssuer) {
        if (!issuerUri.isBlank()) {
            return JwtDecoders.fromIssuerLocation(issuerUri);
        }
        if (publicKeyLocation.isBlank()) {
            throw new IllegalStateException("Set JWT_ISSUER_URI (an OpenID issuer) or JWT_PUBLIC_KEY_LOCATION (the local issuer's public key)");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(publicKeyLocation)).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(localIssuer), ApiSecurityAutoConfiguration::knownRole));
        return decoder;
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json,
                                    @Value("${plan.http.public-paths:}") String[] publicPaths) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers(publicPaths.length == 0 ? new String[] {"/error"} : publicPaths).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(ApiSecurityAutoConfiguration::authentication))
                        .authenticationEntryPoint((request, response, e) -> problem(response, json, ProblemType.UNAUTHENTICATED,
                                "Authorization", "send 'Authorization: Bearer <token>' with a valid, unexpired token"))
                        .accessDeniedHandler((request, response, e) -> problem(response, json, ProblemType.FORBIDDEN,
                                "Authorization", "this token's role may not do this")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> problem(response, json, ProblemType.UNAUTHENTICATED,
                                "Authorization", "send 'Authorization: Bearer <token>' with a valid, unexpired token"))
                        .accessDeniedHandler((request, response, e) -> problem(response, json, ProblemType.FORBIDDEN,
                                "Authorization", "this token's role may not do this")))
                .build();
    }

    private static AbstractAuthenticationToken authentication(Jwt jwt) {
        Submitter submitter = Submitter.of(jwt);
        return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority(submitter.role().authority())), submitter.subject());
    }

    private static OAuth2TokenValidatorResult knownRole(Jwt jwt) {
        try {
            Submitter.of(jwt);
            return OAuth2TokenValidatorResult.success();
        } catch (RuntimeException e) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", e.getMessage(), null));
        }
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
