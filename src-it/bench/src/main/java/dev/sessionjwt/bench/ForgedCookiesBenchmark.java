package dev.sessionjwt.bench;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.sessionjwt.servlet.CookieHeaderReader;
import dev.sessionjwt.internal.token.CachingTokenVerifier;
import dev.sessionjwt.internal.token.TokenCounters;
import dev.sessionjwt.internal.token.TokenVerifier;
import dev.sessionjwt.token.Verification;
import dev.sessionjwt.internal.token.VerifiedTokenCache;

/**
 * What a request carrying many forged values of the token cookie costs the request listener: one {@code Cookie}
 * header with {@code values} distinct forgeries (the right header and payload, a random signature of the right
 * length, so each one costs a full signature check). {@code bounded} reads the values as the listener does
 * (at most four distinct ones) and verifies each; {@code everyValue} verifies every value in header order, as the
 * listener did before the bound. The verified-token cache is on, as in a deployment; forgeries never enter it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ForgedCookiesBenchmark {

    /** The JWS algorithm. */
    @Param({"HS256", "RS256", "ES256", "EdDSA"})
    public String algorithm;

    /** How many distinct forged values the request carries. */
    @Param({"1", "4", "100", "500"})
    public int values;

    private CookieHeaderReader reader;
    private List<String> every;
    private CachingTokenVerifier verifier;

    /** Builds the header and the verifier, and checks that every forgery is rejected. */
    @Setup
    public void setUp() {
        BenchToken token = new BenchToken(BenchKeys.valueOf(algorithm));
        String unsigned = token.compact.substring(0, token.compact.lastIndexOf('.') + 1);
        SecureRandom random = new SecureRandom();
        StringBuilder header = new StringBuilder();
        every = new ArrayList<>(values);
        for (int i = 0; i < values; i++) {
            byte[] signature = new byte[token.signature.length];
            random.nextBytes(signature);
            String forged = unsigned + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
            every.add(forged);
            header.append(i == 0 ? "" : "; ").append("JSESSIONID=").append(forged);
        }
        reader = new CookieHeaderReader("JSESSIONID", header.toString());
        verifier = new CachingTokenVerifier(new TokenVerifier(token.key, "sk", BenchToken.LIFETIME, BenchToken.SKEW,
                BenchToken.MAX_SIZE, Clock.systemUTC()), new VerifiedTokenCache(4096), new TokenCounters());
        if (bounded() != Math.min(values, CookieHeaderReader.maxValues()) || everyValue() != values) {
            throw new IllegalStateException("a forgery was accepted or the values were not read as expected");
        }
    }

    /** The listener's work: the first four distinct values, each verified in full. Returns the rejections. */
    @Benchmark
    public int bounded() {
        return rejected(reader.values());
    }

    /** Every value verified in full, as before the bound. Returns the rejections. */
    @Benchmark
    public int everyValue() {
        return rejected(every);
    }

    private int rejected(List<String> cookieValues) {
        int rejected = 0;
        for (String value : cookieValues) {
            if (verifier.verify(value) instanceof Verification.Rejected) {
                rejected++;
            }
        }
        return rejected;
    }
}
