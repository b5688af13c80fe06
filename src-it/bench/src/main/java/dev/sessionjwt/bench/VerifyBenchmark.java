package dev.sessionjwt.bench;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.sessionjwt.internal.token.CachingTokenVerifier;
import dev.sessionjwt.internal.token.TokenCounters;
import dev.sessionjwt.internal.token.TokenVerifier;
import dev.sessionjwt.token.Verification;
import dev.sessionjwt.internal.token.VerifiedTokenCache;

/**
 * Verifying one session-sized token, four ways: the library's full path (cookie string to verified claims,
 * as the runtime wires it) with the cache off and on a cache hit, plain jose4j, and the bare JCA primitive
 * (the floor). Every path is checked to accept the token before it is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class VerifyBenchmark {

    /** The JWS algorithm. */
    @Param({"HS256", "RS256", "ES256", "EdDSA"})
    public String algorithm;

    private BenchToken token;
    private CachingTokenVerifier uncached;
    private CachingTokenVerifier cached;
    private JwtConsumer jose4j;
    private Mac mac;
    private Signature signature;

    /** Builds the token, the verifiers and the primitives, and checks that each accepts the token. */
    @Setup
    public void setUp() throws GeneralSecurityException, InvalidJwtException {
        token = new BenchToken(BenchKeys.valueOf(algorithm));
        TokenVerifier verifier = new TokenVerifier(token.key, "sk", BenchToken.LIFETIME, BenchToken.SKEW,
                BenchToken.MAX_SIZE, Clock.systemUTC());
        uncached = new CachingTokenVerifier(verifier, new VerifiedTokenCache(0), new TokenCounters());
        cached = new CachingTokenVerifier(verifier, new VerifiedTokenCache(4096), new TokenCounters());
        jose4j = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds((int) BenchToken.SKEW.getSeconds())
                .setVerificationKey(token.key.verificationKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, algorithm)
                .build();
        if (token.algorithm.isMac()) {
            mac = Mac.getInstance(token.algorithm.jcaAlgorithm());
            mac.init(token.key.verificationKey());
        } else {
            signature = Signature.getInstance(token.algorithm.jcaAlgorithm());
            signature.initVerify((PublicKey) token.key.verificationKey());
        }

        require(libraryCacheOff().isValid(), "library, cache off");
        require(libraryCacheHit().isValid() && cached.cache().size() == 1, "library, cache");
        require(jose4j().getClaimValue("sk").equals(BenchToken.SESSION_ID), "jose4j");
        require(jca(), "JCA");
    }

    /** The library's full verification, no cache. */
    @Benchmark
    public Verification libraryCacheOff() {
        return uncached.verify(token.fresh());
    }

    /** The library's verification of a token it has verified before. */
    @Benchmark
    public Verification libraryCacheHit() {
        return cached.verify(token.fresh());
    }

    /** Plain jose4j: a {@code JwtConsumer} checking the signature and {@code exp}. */
    @Benchmark
    public JwtClaims jose4j() throws InvalidJwtException {
        return jose4j.processToClaims(token.fresh());
    }

    /** The bare primitive over the signing input: the floor. */
    @Benchmark
    public boolean jca() throws GeneralSecurityException {
        if (mac != null) {
            return MessageDigest.isEqual(mac.doFinal(token.signingInput), token.signature);
        }
        signature.update(token.signingInput);
        return signature.verify(token.signature);
    }

    private static void require(boolean condition, String path) {
        if (!condition) {
            throw new IllegalStateException(path + " does not accept the benchmark token");
        }
    }
}
