package dev.sessionjwt.bench;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.bench.app.BenchServlet;
import dev.sessionjwt.it.Wars;

/**
 * One deployment the HTTP benchmark drives: {@code plain} (the container's own JSESSIONID, no library) or
 * the library with an algorithm, the cache on or off ({@code HS256}, {@code HS256-nocache}, {@code ES256}).
 *
 * @param name      as given in {@code bench.variants}
 * @param algorithm the token's expected {@code alg}, or null for plain
 * @param config    the library's configuration, empty for plain
 */
record BenchApp(String name, String algorithm, Map<String, String> config) {

    private static final String NO_CACHE = "-nocache";

    /** Parses a variant name. */
    static BenchApp of(String name) {
        if (name.equalsIgnoreCase("plain")) {
            return new BenchApp("plain", null, Map.of());
        }
        String algorithm = name.endsWith(NO_CACHE) ? name.substring(0, name.length() - NO_CACHE.length()) : name;
        Map<String, String> config = new LinkedHashMap<>();
        config.put("session-jwt.key", switch (algorithm) {
            case "HS256" -> Wars.randomKey();
            case "ES256" -> ecPrivateKeyPem();
            default -> throw new IllegalArgumentException("unknown benchmark variant " + name
                    + "; use plain, HS256, ES256, each of the last two optionally with " + NO_CACHE);
        });
        if (name.endsWith(NO_CACHE)) {
            config.put("session-jwt.cache-size", "0");
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
            return Wars.withConfig(Wars.libraryWar(context()).addClass(BenchServlet.class), config);
        }
        return ShrinkWrap.create(WebArchive.class, context() + ".war").addClass(BenchServlet.class)
                .addAsWebInfResource(new StringAsset(Wars.GLASSFISH_WEB_XML), "glassfish-web.xml");
    }

    /** A fresh P-256 private key as PKCS#8 PEM, the form {@code session-jwt.key} takes for ES256. */
    private static String ecPrivateKeyPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no EC keys on this JDK", e);
        }
    }
}
