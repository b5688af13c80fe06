package dev.sessionjwt.internal.inspect;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.json.JsonUtil;
import org.jose4j.json.internal.json_simple.JSONValue;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.claims.SessionJwtReader;
import dev.sessionjwt.claims.SessionJwtReaderBuilder;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * The {@code inspect} command: prints the header, the claims by long name with readable times, and the verdict the
 * library itself gives (the key that verified it, or the rejection reason). Every line but the usage text goes
 * through {@link TerminalText}, so nothing a token holds reaches the terminal as a control character.
 */
final class InspectCommand {

    /** Exit status of a valid token. */
    static final int VALID = 0;
    /** Exit status of a rejected token or a value that is no token. */
    static final int REJECTED = 1;
    /** Exit status of bad usage, or of a token that was not verified because no key was given. */
    static final int NOT_VERIFIED = 2;

    private InspectCommand() {
    }

    /**
     * Runs the command.
     *
     * @param args  the arguments, the first being {@code inspect}
     * @param stdin standard input, read when the token or the key is {@code -}
     * @param out   where the report goes
     * @param clock the time source for the verdict and the relative times
     * @return the exit status
     */
    static int run(List<String> args, InputStream stdin, PrintStream out, Clock clock) {
        if (args.isEmpty() || !args.get(0).equals("inspect")) {
            out.println(InspectArguments.USAGE);
            return NOT_VERIFIED;
        }
        InspectArguments arguments;
        try {
            arguments = InspectArguments.parse(args.subList(1, args.size()), stdin);
        } catch (IllegalArgumentException e) {
            print(out, "error: " + TerminalText.value(e.getMessage()));
            out.println(InspectArguments.USAGE);
            return NOT_VERIFIED;
        }
        String[] parts = arguments.token().split("\\.", -1);
        Map<String, Object> header;
        Map<String, Object> claims;
        try {
            if (parts.length != 3) {
                throw new IllegalArgumentException(parts.length + " dot-separated segments instead of 3");
            }
            header = json(parts[0], "header");
            claims = json(parts[1], "payload");
        } catch (IllegalArgumentException e) {
            print(out, "not a token: " + TerminalText.value(e.getMessage()));
            return REJECTED;
        }
        SessionJwtReader reader = null;
        String readerProblem = null;
        if (arguments.jwks().isPresent() || arguments.key().isPresent() || arguments.discover().isPresent()) {
            try {
                reader = reader(arguments, clock);
            } catch (IllegalArgumentException | IllegalStateException e) {
                readerProblem = e.getMessage();
            }
        }
        // the long names the reader uses: the command line's, and a discovery document's
        Map<String, String> longNames = reader != null ? reader.longNames() : arguments.longNames();
        print(out, "header: " + JsonUtil.toJson(header));
        print(out, "claims:");
        Instant now = clock.instant();
        for (Map.Entry<String, Object> claim : claims.entrySet()) {
            String name = TerminalText.value(claim.getKey());
            String longName = longNames.get(claim.getKey());
            print(out, "  " + (longName == null ? name : TerminalText.value(longName) + " (" + name + ")") + " = "
                    + JSONValue.toJSONString(claim.getValue()) + readableTime(claim, now));
        }
        return verdict(arguments.token(), reader, readerProblem, header, out);
    }

    /** Prints one line of the report, its non-printable characters escaped. */
    private static void print(PrintStream out, String line) {
        out.println(TerminalText.line(line));
    }

    /**
     * @param reader        the reader the options describe, or null
     * @param readerProblem why it could not be built, or null
     */
    private static int verdict(String token, SessionJwtReader reader, String readerProblem, Map<String, Object> header,
                               PrintStream out) {
        if (readerProblem != null) {
            print(out, "error: " + TerminalText.value(readerProblem));
            return NOT_VERIFIED;
        }
        if (reader == null) {
            print(out, "verdict: NOT VERIFIED (give --key, --key-file, --jwks or --discover to verify the signature)");
            return NOT_VERIFIED;
        }
        Verification verification = reader.verify(token);
        if (verification instanceof Verification.Rejected rejected) {
            print(out, "verdict: " + (rejected.reason() == TokenRejection.SESSION_ENDED ? "ENDED, the session ended"
                    + " (logout, invalidation or a replaced id) or the token predates the application's start"
                    : "REJECTED " + rejected.reason()) + " (" + TerminalText.value(rejected.detail()) + ")");
            return REJECTED;
        }
        Object kid = header.get("kid");
        print(out, "verdict: VALID, verified with " + (kid == null ? "the key (the token names no kid)"
                : "kid " + TerminalText.value(kid)) + ", algorithm " + TerminalText.value(header.get("alg"))
                + "; session " + TerminalText.value(verification.token().sessionId()));
        return VALID;
    }

    private static SessionJwtReader reader(InspectArguments arguments, Clock clock) {
        SessionJwtReaderBuilder builder = SessionJwtReader.builder().clock(clock).longNames(arguments.longNames());
        arguments.sessionField().ifPresent(builder::sessionField);
        if (arguments.django()) {
            builder.djangoSessionJwt();
        }
        arguments.maxAge().ifPresent(builder::maxAge);
        arguments.issuer().ifPresent(builder::issuer);
        arguments.audience().ifPresent(builder::audience);
        if (arguments.plainHttp()) {
            builder.allowPlainHttpJwks();
        }
        arguments.jwks().ifPresent(url -> builder.jwks(URI.create(url)));
        arguments.discover().ifPresent(url -> builder.discover(URI.create(url)));
        arguments.key().ifPresent(builder::key);
        return builder.build();
    }

    private static Map<String, Object> json(String segment, String what) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8);
            return JsonUtil.parseJson(text);
        } catch (IllegalArgumentException | JoseException | ClassCastException e) {
            throw new IllegalArgumentException("the " + what + " is not base64url-encoded JSON");
        }
    }

    private static String readableTime(Map.Entry<String, Object> claim, Instant now) {
        if (!List.of("exp", "iat", "nbf").contains(claim.getKey()) || !(claim.getValue() instanceof Number number)) {
            return "";
        }
        try {
            Instant at = Instant.ofEpochSecond(number.longValue());
            Duration delta = Duration.between(now, at);
            String relative = delta.isNegative() ? human(delta.negated()) + " ago" : "in " + human(delta);
            return "  (" + at + ", " + relative + ")";
        } catch (java.time.DateTimeException e) {
            return "  (out of range)";
        }
    }

    private static String human(Duration d) {
        if (d.toDays() > 0) {
            return d.toDays() + " d " + d.toHoursPart() + " h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s" : d.toSeconds() + " s";
    }
}
