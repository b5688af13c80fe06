package dev.sessionjwt.internal.token;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A new SHA-256 digest, which every Java platform provides. */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh digest, not shared. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
