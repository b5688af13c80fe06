package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Requests that no browser sends, written over a raw socket ({@link RawHttpExchange}) so that no client cleans them up,
 * and what every server must answer to them, whether it refuses them itself or passes them to the application: any
 * status but a 5xx (400, 413 and 431 are all fine, as is closing the connection), and nothing that helps an attacker:
 * no exception, no stack frame, no server name or version in the body or in any header ({@code Server},
 * {@code X-Powered-By}). A subclass names the deployment and the resource the requests go to.
 */
public abstract class MalformedRequestTestBase extends IntegrationTestBase {

    /** Names of servers and of their parts that an answer must not carry (case-insensitive). */
    static final List<String> SERVER_NAMES = List.of("Tomcat", "Catalina", "Coyote", "Payara", "GlassFish", "Grizzly",
            "WildFly", "Undertow", "JBoss", "Liberty", "WebSphere", "Apache", "Jetty", "badassfish");
    /** An exception's class name or a stack frame ("at java.lang.Thread.run(Thread.java:840)"). */
    static final Pattern EXCEPTION = Pattern.compile("Exception|Error:|\\bat [\\w$]+(\\.[\\w$<>]+)+\\(");
    /** A server's version number ("6.2025.3", "10.1.49"; not the "XHTML 1.0" of a doctype). */
    static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final int KIB = 1024;

    /** The deployment the requests go to. */
    protected abstract URL deployment();

    /** The path, relative to the deployment, of a resource of the application that a normal GET reaches. */
    protected abstract String resource();

    @Test
    void cookieWithControlCharactersIsAnsweredWithoutDisclosure() {
        assertNothingDisclosed(exchange(target(), "Cookie: JSESSIONID=ab\u0001cd\u0007ef; other=\u001b[31m\u007f"));
    }

    @Test
    void hundredKilobyteCookieIsAnsweredWithoutDisclosure() {
        assertNothingDisclosed(exchange(target(), "Cookie: JSESSIONID=" + "a".repeat(100 * KIB)));
    }

    @Test
    void ourCookieHoldingInvalidUtf8IsAnsweredWithoutDisclosure() {
        // each char below 256 is one byte on the wire: C3 28 and FF FE 80 are not UTF-8
        assertNothingDisclosed(exchange(target(), "Cookie: JSESSIONID=\u00c3\u0028\u00ff\u00fe\u0080.e30.\u00e9"));
    }

    @Test
    void headerOfTwoMebibytesIsAnsweredWithoutDisclosure() {
        // beyond the largest header any of the servers reads (Undertow: 1 MiB)
        assertNothingDisclosed(exchange(target(), "X-Filler: " + "x".repeat(2 * KIB * KIB)));
    }

    @Test
    void thousandsOfHeadersAreAnsweredWithoutDisclosure() {
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            headers.append("X-Header-").append(i).append(": ").append(i).append("\r\n");
        }
        assertNothingDisclosed(exchange(target(), headers.toString().strip()));
    }

    @Test
    void controlCharacterInTheRequestTargetIsAnsweredWithoutDisclosure() {
        assertNothingDisclosed(exchange(target() + "\u0001?a=\u0002", "Accept: */*"));
    }

    @Test
    void invalidPercentEncodingIsAnsweredWithoutDisclosure() {
        RawHttpExchange answer = exchange(target() + "%zz%c3%28?q=%e9%", "Accept: */*");
        if (ServerUnderTest.current().namesItselfForUndecodablePaths()) {
            // GlassFish's known answer (see ServerUnderTest.GLASSFISH): a 500 page naming the product, nothing more
            assertThat(answer.status(), is(500));
            assertThat(disclosures(answer).stream().filter(found -> !found.equals("status 500")
                    && !found.startsWith("the name GlassFish") && !found.startsWith("a version in the body")).toList(),
                    is(empty()));
            return;
        }
        assertNothingDisclosed(answer);
    }

    @Test
    void headerLineWithoutColonIsAnsweredWithoutDisclosure() {
        assertNothingDisclosed(exchange(target(), "Cookie JSESSIONID"));
    }

    @Test
    void unknownPathIsAnsweredWithoutDisclosure() {
        assertNothingDisclosed(exchange(deployment().getPath() + "no-such-page", "Cookie: JSESSIONID=garbage"));
    }

    /** The absolute path of {@link #resource()} on the server. */
    private String target() {
        return deployment().getPath() + resource();
    }

    /** Sends {@code GET path} with the given header lines (CRLF-separated) as raw bytes, one byte per char. */
    protected RawHttpExchange exchange(String path, String headerLines) {
        int port = deployment().getPort();
        String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + headerLines
                + "\r\nConnection: close\r\n\r\n";
        return RawHttpExchange.send(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * No 5xx, no exception or stack frame anywhere in the answer, no {@code Server} or {@code X-Powered-By} header, no
     * server name anywhere, no version in the body; a connection closed without an answer discloses nothing.
     */
    static void assertNothingDisclosed(RawHttpExchange answer) {
        List<String> disclosures = disclosures(answer);
        assertThat("disclosed " + disclosures + " in:\n" + excerpt(answer.response(), EXCEPTION.matcher("")), disclosures,
                is(empty()));
    }

    /** What {@link #assertNothingDisclosed} finds in the answer, one entry per finding; logs the answer's summary. */
    static List<String> disclosures(RawHttpExchange answer) {
        String test = StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getMethodName)
                .filter(name -> name.endsWith("WithoutDisclosure")).findFirst()).orElse("?");
        System.out.println("[malformed request] " + ServerUnderTest.current().id() + " " + test + ": " + answer.summary());
        String response = answer.response();
        List<String> disclosures = new ArrayList<>();
        if (answer.status() >= 500) {
            disclosures.add("status " + answer.status());
        }
        Matcher exception = EXCEPTION.matcher(response);
        if (exception.find()) {
            disclosures.add("an exception: " + excerpt(response, exception));
        }
        for (String name : SERVER_NAMES) {
            if (response.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                disclosures.add("the name " + name);
            }
        }
        for (String header : List.of("Server", "X-Powered-By")) {
            answer.header(header).ifPresent(value -> disclosures.add(header + ": " + value));
        }
        Matcher version = VERSION.matcher(answer.body());
        if (version.find()) {
            disclosures.add("a version in the body: " + excerpt(answer.body(), version));
        }
        return disclosures;
    }

    /** Around the matcher's first match, or the text's first 3,000 characters when it has none. */
    private static String excerpt(String text, Matcher matcher) {
        if (!matcher.find(0)) {
            return text.substring(0, Math.min(text.length(), 3000));
        }
        int from = Math.max(0, matcher.start() - 200);
        return text.substring(from, Math.min(text.length(), matcher.end() + 200));
    }
}
