package cn.gov.qingyuan.plan.stack;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The token issuer of the embedded default: an RSA key pair kept under the data directory (made on first
 * use), and signed JWTs for any role and reporting unit. Services verify them with the public key only
 * ({@code JWT_PUBLIC_KEY_LOCATION}); production points services at a real OpenID issuer instead.
 */
public final class LocalIssuer {

    public static final String ISSUER = "qingyuan-plan-local";
    /** The audience every service expects by default ({@code JWT_AUDIENCE}). */
    public static final String AUDIENCE = "qingyuan-plan";

    private final Path publicKeyFile;
    private final NimbusJwtEncoder encoder;

    private LocalIssuer(Path publicKeyFile, RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        this.publicKeyFile = publicKeyFile;
        RSAKey jwk = new RSAKey.Builder(publicKey).privateKey(privateKey).keyID("local").build();
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
    }

    public static synchronized LocalIssuer loadOrCreate(Path directory) {
        Path publicFile = directory.resolve("public.pem");
        Path privateFile = directory.resolve("private.pem");
        try {
            if (!Files.exists(privateFile)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privateFile)));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der(publicFile)));
            return new LocalIssuer(publicFile, publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the local issuer's keys in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the local issuer's keys in " + directory, e);
        }
    }

    /** What services need to verify this issuer's tokens: the value of {@code JWT_PUBLIC_KEY_LOCATION}. */
    public String publicKeyLocation() {
        return "file:" + publicKeyFile.toAbsolutePath();
    }

    /**
     * @param organisation the reporting unit, e.g. {@code county:qingcheng}; null for roles that act for no unit
     */
    public String token(String subject, String role, String organisation, Duration validity) {
        return token(subject, role, organisation, Instant.now(), validity);
    }

    /** A token issued at a given moment: tests use one issued long ago to present an expired token. */
    public String token(String subject, String role, String organisation, Instant issuedAt, Duration validity) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(ISSUER).audience(List.of(AUDIENCE)).subject(subject).issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(validity)).id(UUID.randomUUID().toString()).claim("role", role);
        if (organisation != null) {
            claims.claim("org", organisation);
        }
        return signed(claims.build());
    }

    /** Any claims at all, signed with this issuer's key: tests present tokens the services must refuse. */
    public String signed(JwtClaimsSet claims) {
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId("local").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path pem) throws IOException {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
