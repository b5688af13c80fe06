package dev.sessionjwt.internal.token;

import java.util.List;

import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.InvalidAlgorithmException;

import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * Maps what jose4j refuses to rejection reasons, and finds the headers the library never accepts even on a
 * correctly signed token (embedded or remote keys, critical extensions, compression, nesting).
 */
final class JwsRejections {

    private static final List<String> FORBIDDEN_HEADERS =
            List.of("jwk", "jku", "x5u", "x5c", "x5t", "x5t#S256", "crit", "b64", "zip", "enc");

    private JwsRejections() {
    }

    /** The rejection for a token jose4j refused. */
    static Verification of(InvalidJwtException e) {
        if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
            return TokenVerifier.rejected(TokenRejection.BAD_SIGNATURE, "signature does not verify");
        }
        if (e.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
            return TokenVerifier.rejected(TokenRejection.WRONG_ALGORITHM, "unsigned token");
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof KeyRingResolver.UnknownKeyId) {
                return TokenVerifier.rejected(TokenRejection.UNKNOWN_KEY, "kid names no key of the ring");
            }
            if (cause instanceof InvalidAlgorithmException || cause instanceof KeyRingResolver.AlgorithmMismatch) {
                return TokenVerifier.rejected(TokenRejection.WRONG_ALGORITHM, "algorithm not permitted");
            }
            if (String.valueOf(cause.getMessage()).contains("crit")) {
                return TokenVerifier.rejected(TokenRejection.UNSUPPORTED_HEADER, "critical header");
            }
        }
        return TokenVerifier.rejected(TokenRejection.MALFORMED, "not a valid JWS");
    }

    /** The first header that is never accepted, "nested" for a nested token, or null. */
    static String forbiddenHeader(List<JsonWebStructure> structures) {
        if (structures.size() != 1) {
            return "nested";
        }
        JsonWebStructure jws = structures.get(0);
        for (String name : FORBIDDEN_HEADERS) {
            if (jws.getHeaders().getObjectHeaderValue(name) != null) {
                return name;
            }
        }
        return null;
    }
}
