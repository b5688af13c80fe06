package dev.sessionjwt.bench;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.bench.app.BenchServlet;
import dev.sessionjwt.bench.app.Visits;
import dev.sessionjwt.it.Wars;

/**
 * One deployment the HTTP benchmark drives: {@code plain} (the container's own JSESSIONID, no library) or
 * the library with an algorithm ({@code HS256}, {@code RS256}, {@code ES256}, {@code EdDSA}) and optional suffixes: {@code -nocache}
 * (session-jwt.cache-size=0), {@code -nomechanism} (session-jwt.mechanism=false: no authentication mechanism
 * of the library's, as in an application that has its own), for example {@code HS256-nocache}.
 *
 * @param name      as given in {@code bench.variants}
 * @param algorithm the token's expected {@code alg}, or null for plain
 * @param config    the library's configuration, empty for plain
 */
record BenchApp(String name, String algorithm, Map<String, String> config) {

    private static final Map<String, Map.Entry<String, String>> SUFFIXES = Map.of(
            "-nocache", Map.entry("session-jwt.cache-size", "0"),
            "-nomechanism", Map.entry("session-jwt.mechanism", "false"));

    /** Parses a variant name. */
    static BenchApp of(String name) {
        if (name.equalsIgnoreCase("plain")) {
            return new BenchApp("plain", null, Map.of());
        }
        String algorithm = name.split("-", 2)[0];
        Map<String, String> config = new LinkedHashMap<>();
        config.put("session-jwt.key", switch (algorithm) {
            case "HS256" -> Wars.randomKey();
            case "RS256", "ES256", "EdDSA" -> privateKeyPem(algorithm);
            default -> throw new IllegalArgumentException("unknown benchmark variant " + name
                    + "; use plain, or HS256, RS256, ES256 or EdDSA with any of the suffixes " + SUFFIXES.keySet());
        });
        for (String suffix : name.substring(algorithm.length()).split("(?=-)")) {
            Map.Entry<String, String> setting = SUFFIXES.get(suffix);
            if (setting == null && !suffix.isEmpty()) {
                throw new IllegalArgumentException("unknown suffix " + suffix + " in " + name + "; known: "
                        + SUFFIXES.keySet());
            }
            if (setting != null) {
                config.put(setting.getKey(), setting.getValue());
            }
        }
        return new BenchApp(name, algorithm, config);
    }

    /** Whether the WAR carries the library. */
    boolean hasLibrary() {
        return algorithm != null;
    }

    /** The context root (and deployment name). */
    String context() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The WAR: the same servlet and glassfish-web.xml in both kinds, the library and its config only in one. */
    WebArchive war() {
        if (hasLibrary()) {
            return Wars.withConfig(Wars.libraryWar(context()).addClasses(BenchServlet.class, Visits.class), config);
        }
        return Wars.plainWar(context()).addClasses(BenchServlet.class, Visits.class);
    }

    /**
     * A fresh private key for the algorithm (RSA 2048, P-256, Ed25519) as PKCS#8 PEM, the form {@code session-jwt.key}
     * takes; the JDK's alone, since the benchmark's JVM has no library on its class path.
     */
    private static String privateKeyPem(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(switch (algorithm) {
                case "RS256" -> "RSA";
                case "ES256" -> "EC";
                default -> "Ed25519";
            });
            if ("RS256".equals(algorithm)) {
                generator.initialize(2048);
            } else if ("ES256".equals(algorithm)) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            }
            byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no " + algorithm + " keys on this JDK", e);
        }
    }
}
