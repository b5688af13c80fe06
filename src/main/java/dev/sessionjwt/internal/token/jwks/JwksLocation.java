package dev.sessionjwt.internal.token.jwks;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a JWK set URL may deliver the keys a reader trusts: {@code https://}, or {@code http://} to a
 * loopback address written as one ({@code 127.0.0.0/8} or {@code [::1]}); {@code http://} to any other host only
 * when the caller opted in. A host name is never resolved for this decision, so {@code localhost} is a name like
 * any other: what it names is up to a resolver (a hosts file, DNS), and it is resolved again at every fetch.
 *
 * <pre>
 * JwksLocation.check(URI.create("https://shop.example.com/.well-known/jwks.json"), false);   // passes
 * </pre>
 */
public final class JwksLocation {

    private static final Pattern IPV4_LOOPBACK =
            Pattern.compile("127\\.(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){2}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-fA-F:.]+\\]");

    private JwksLocation() {
    }

    /**
     * Checks a JWK set URL.
     *
     * @param location        the URL, not null
     * @param plainHttpAnyHost whether {@code http://} is accepted to a host that is no loopback address
     * @throws IllegalArgumentException naming {@code jwks(...)}, the URL and what is expected
     */
    public static void check(URI location, boolean plainHttpAnyHost) {
        check(location, plainHttpAnyHost, "jwks");
    }

    /**
     * Checks the URL of a document that delivers keys, or names where they are (a discovery document).
     *
     * @param location         the URL, not null
     * @param plainHttpAnyHost whether {@code http://} is accepted to a host that is no loopback address
     * @param method           the builder method the URL was given to, for the message
     * @throws IllegalArgumentException naming the method, the URL and what is expected
     */
    public static void check(URI location, boolean plainHttpAnyHost, String method) {
        String scheme = location.getScheme() == null ? "" : location.getScheme().toLowerCase(Locale.ROOT);
        if (!location.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))
                || location.getHost() == null) {
            throw refused(method, location, "an absolute https:// URL with a host");
        }
        if (scheme.equals("http") && !plainHttpAnyHost && !isLoopbackLiteral(location.getHost())) {
            String why = location.getHost().equalsIgnoreCase("localhost")
                    ? "; the name localhost is not taken for loopback, as a resolver decides what it names:"
                            + " write 127.0.0.1 or [::1]"
                    : "; over plain http anyone on the network path can replace the keys and forge tokens";
            throw refused(method, location, "an https:// URL, or http:// to a loopback address (127.0.0.0/8 or [::1])" + why
                    + ". To accept it anyway call allowPlainHttpJwks()");
        }
    }

    /**
     * Whether a URI host is a loopback address written as one: {@code 127.x.y.z} in dotted decimal, or an
     * IPv6 literal in brackets ({@code [::1]}); never resolved.
     *
     * @param host the host as {@link URI#getHost()} gives it, not null
     */
    static boolean isLoopbackLiteral(String host) {
        if (IPV4_LOOPBACK.matcher(host).matches()) {
            return true;
        }
        if (!IPV6_LITERAL.matcher(host).matches()) {
            return false;
        }
        try {
            // a literal with a colon is parsed, never looked up
            return InetAddress.getByName(host.substring(1, host.length() - 1)).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static IllegalArgumentException refused(String method, URI location, String expected) {
        return new IllegalArgumentException(method + "(" + location + "): expected " + expected);
    }
}
