package dev.sessionjwt.internal.token.keys;

import java.io.IOException;
import java.security.PublicKey;

/** Gives tests in other packages the OpenSSH line encoder of {@link OpenSshKeysTest}. */
public final class OpenSshKeysTestAccess {

    private OpenSshKeysTestAccess() {
    }

    /** The OpenSSH line (type and base64 blob) of an RSA, P-256 or Ed25519 public key. */
    public static String line(PublicKey key) throws IOException {
        return OpenSshKeysTest.line(key);
    }
}
