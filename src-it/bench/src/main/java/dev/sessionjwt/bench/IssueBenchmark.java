package dev.sessionjwt.bench;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.sessionjwt.token.SessionToken;

/**
 * Issuing one session-sized token (claims to signed compact token, {@code TokenIssuer.issue}) against the same
 * token signed through jose4j and the bare JCA signature over a signing input of the same size (the floor).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IssueBenchmark {

    /** The JWS algorithm. */
    @Param({"HS256", "RS256", "ES256", "EdDSA"})
    public String algorithm;

    private BenchToken token;
    private Map<String, Object> claims;
    private Mac mac;
    private Signature signature;
    private final SecureRandom random = new SecureRandom();

    /** Builds the issuer and the primitive. */
    @Setup
    public void setUp() throws GeneralSecurityException {
        token = new BenchToken(BenchKeys.valueOf(algorithm));
        claims = BenchToken.extraClaims();
        if (token.algorithm.isMac()) {
            mac = Mac.getInstance(token.algorithm.jcaAlgorithm());
            mac.init(token.key.signingKey());
        } else {
            signature = Signature.getInstance(token.algorithm.jcaAlgorithm());
            signature.initSign((PrivateKey) token.key.signingKey());
        }
    }

    /** The library's issuance: claims, a random jti, JSON, base64url and the signature. */
    @Benchmark
    public SessionToken library() {
        return token.issuer.issue(BenchToken.SESSION_ID, claims);
    }

    /**
     * What the library did before it signed with the JCA directly: the same claims, header and random jti, signed
     * through jose4j's {@code JsonWebSignature} (which looks up and initializes a {@code Signature} per token and
     * converts ECDSA's DER output).
     */
    @Benchmark
    public String jose4j() throws JoseException {
        JwtClaims jwt = new JwtClaims();
        claims.forEach(jwt::setClaim);
        jwt.setClaim("sk", BenchToken.SESSION_ID);
        long now = System.currentTimeMillis() / 1000;
        jwt.setIssuedAt(NumericDate.fromSeconds(now));
        jwt.setExpirationTime(NumericDate.fromSeconds(now + BenchToken.LIFETIME.getSeconds()));
        byte[] id = new byte[16];
        random.nextBytes(id);
        jwt.setJwtId(Base64.getUrlEncoder().withoutPadding().encodeToString(id));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(token.key.algorithm());
        jws.setKeyIdHeaderValue(token.key.keyId());
        jws.setHeader("typ", "JWT");
        jws.setPayload(jwt.toJson());
        jws.setKey(token.key.signingKey());
        return jws.getCompactSerialization();
    }

    /** The bare primitive signing the same number of bytes: the floor. */
    @Benchmark
    public byte[] jca() throws GeneralSecurityException {
        if (mac != null) {
            return mac.doFinal(token.signingInput);
        }
        signature.update(token.signingInput);
        return signature.sign();
    }
}
