package dev.sessionjwt.internal.token;

import java.security.Key;
import java.util.List;
import java.util.Objects;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.UnresolvableKeyException;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;

/**
 * Picks the verification key for a token from the key ring by its {@code kid} alone (no {@code kid}: the
 * current key), and refuses a token whose {@code alg} is not exactly that key's algorithm. It never
 * follows {@code jku}, {@code x5u} or an embedded {@code jwk}, and looks nothing up outside the ring.
 */
final class KeyRingResolver implements VerificationKeyResolver {

    private final JwtKeyRing ring;

    KeyRingResolver(JwtKeyRing ring) {
        this.ring = Objects.requireNonNull(ring, "ring");
    }

    @Override
    public Key resolveKey(JsonWebSignature jws, List<JsonWebStructure> nestingContext) throws UnresolvableKeyException {
        JwtKey key = ring.forKeyId(jws.getKeyIdHeaderValue());
        if (key == null) {
            throw new UnknownKeyId();
        }
        if (!key.algorithm().equals(jws.getAlgorithmHeaderValue())) {
            throw new AlgorithmMismatch();
        }
        return key.verificationKey();
    }

    /** The token's {@code kid} names no key of the ring. */
    static final class UnknownKeyId extends UnresolvableKeyException {
        private static final long serialVersionUID = 1L;

        UnknownKeyId() {
            super("unknown kid");
        }
    }

    /** The token's {@code alg} is not the algorithm of the key its {@code kid} names. */
    static final class AlgorithmMismatch extends UnresolvableKeyException {
        private static final long serialVersionUID = 1L;

        AlgorithmMismatch() {
            super("alg is not the key's algorithm");
        }
    }
}
