package dev.sessionjwt.internal.token;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A new SHA-256 digest, which every Java platform provides: a clone of one made at start-up, because
 * {@code MessageDigest.getInstance} looks the algorithm up among the providers on every call (it showed in JFR
 * recordings of first visits and logins, where a token, its key binding and an ended session's hash each take one).
 */
public final class Sha256 {

    private static final MessageDigest PROTOTYPE = fromProvider();

    private Sha256() {
    }

    /** A fresh digest, not shared. */
    public static MessageDigest newDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return fromProvider(); // a provider whose digest cannot be cloned
        }
    }

    private static MessageDigest fromProvider() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
