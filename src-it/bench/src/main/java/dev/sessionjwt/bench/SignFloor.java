package dev.sessionjwt.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bare JCA signature over an application's real signing input (its token up to the last dot), timed in the
 * HTTP benchmark's own JVM, which has only the JDK (the library lives in the WARs): the floor of what a first visit
 * or a login costs with the library. A plain timed loop after a warm-up, the median of 20 batches;
 * {@code mvn -Pbench-jmh} measures the same primitives under JMH ({@code IssueBenchmark.jca}).
 */
final class SignFloor {

    private static final int BATCHES = 20;

    private SignFloor() {
    }

    /**
     * @param algorithm HS256, RS256, ES256 or EdDSA
     * @param token     a token of the application, whose signing input is signed
     * @return microseconds per signature (median of the batches)
     */
    static double micros(String algorithm, String token) throws GeneralSecurityException {
        byte[] input = token.substring(0, token.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
        Mac mac = null;
        Signature signature = null;
        int perBatch;
        switch (algorithm) {
            case "HS256" -> {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(new byte[48], "HmacSHA256"));
                perBatch = 20_000;
            }
            case "RS256" -> {
                signature = signer("SHA256withRSA", "RSA", null);
                perBatch = 10;
            }
            case "ES256" -> {
                signature = signer("SHA256withECDSAinP1363Format", "EC", new ECGenParameterSpec("secp256r1"));
                perBatch = 20;
            }
            case "EdDSA" -> {
                signature = signer("Ed25519", "Ed25519", null);
                perBatch = 20;
            }
            default -> throw new IllegalArgumentException("no JCA floor for " + algorithm);
        }
        double[] batches = new double[BATCHES];
        int sink = 0;
        for (int b = -BATCHES; b < BATCHES; b++) { // the first half warms up
            long start = System.nanoTime();
            for (int i = 0; i < perBatch; i++) {
                byte[] out;
                if (mac != null) {
                    out = mac.doFinal(input);
                } else {
                    signature.update(input);
                    out = signature.sign();
                }
                sink += out[0];
            }
            if (b >= 0) {
                batches[b] = (System.nanoTime() - start) / 1e3 / perBatch;
            }
        }
        Arrays.sort(batches);
        return sink == Integer.MIN_VALUE ? -1 : batches[BATCHES / 2];
    }

    private static Signature signer(String algorithm, String keyType, ECGenParameterSpec curve)
            throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(keyType);
        if (curve != null) {
            generator.initialize(curve);
        } else if ("RSA".equals(keyType)) {
            generator.initialize(2048);
        }
        PrivateKey key = generator.generateKeyPair().getPrivate();
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(key);
        return signature;
    }
}
